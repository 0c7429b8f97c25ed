package org.saferboard.command.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.saferboard.command.web.WriteRequestFields.EXPECTED_VERSION;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.saferboard.api.meeting.ResolutionOutcome;

/**
 * The bodies of the write API's meeting requests; the examples come from the board's own minutes.
 * The field rules are the commands' own (checked on the command bus); here only what JSON binding
 * needs: a number where the command holds an int, and no null in a list.
 */
final class MeetingRequests {

    private MeetingRequests() {
    }

    record Schedule(
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe",
                    example = "2f6c1a4e-9d3b-4f7e-8a21-5c0d9e3b7a18") String meetingId,
            @Schema(requiredMode = REQUIRED, description = "the board's short name; minute numbers run per board",
                    example = "LSCSB") String boardId,
            @Schema(requiredMode = REQUIRED, example = "2015-09-17") LocalDate meetingDate,
            @Schema(requiredMode = REQUIRED, type = "string", example = "10:00") LocalTime startTime,
            @Schema(example = "Guthlaxton Committee Room, County Hall, Glenfield") String venue,
            @Schema(description = "held online; a venue is then optional; false when left out", example = "false") Boolean online,
            @Schema(requiredMode = REQUIRED, example = "Mr. J. T. Orson JP CC") String chairName) {
    }

    record Person(
            @Schema(requiredMode = REQUIRED, example = "Cllr. Michael Rickman") String name,
            @Schema(example = "Community Safety Partnership Strategy Group Chair") String role,
            @Schema(example = "Harborough District Council") String organisation) {
    }

    record Attendance(
            @Schema(requiredMode = REQUIRED) List<@NotNull @Valid Person> present,
            List<@NotNull @Valid Person> apologies,
            List<@NotNull @Valid Person> alsoInAttendance,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record AgendaItem(
            @NotNull @Schema(requiredMode = REQUIRED, description = "unique in the board's municipal year (May to April)", example = "39")
            Integer minuteNumber,
            @Schema(requiredMode = REQUIRED, example = "Domestic Homicide Reviews") String title,
            @Schema(example = "James Fox") String presenter,
            @Schema(example = "Agenda Item 9") String reportReference,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Minutes(
            @Schema(requiredMode = REQUIRED,
                    example = "The Board considered a report of James Fox providing an update regarding domestic abuse.")
            String narrative,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Part(
            @Schema(example = "a") String letter,
            @Schema(requiredMode = REQUIRED,
                    example = "That the Board noted the progress of commissioning regarding domestic abuse.") String text) {
    }

    record Resolution(
            @Schema(requiredMode = REQUIRED, example = "RESOLVED") ResolutionOutcome outcome,
            @Schema(requiredMode = REQUIRED) List<@NotNull @Valid Part> parts,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ChairChange(
            @NotNull @Schema(requiredMode = REQUIRED, description = "the first item chaired by the new chair", example = "9")
            Integer fromMinuteNumber,
            @Schema(requiredMode = REQUIRED, example = "Cllr. Les Phillimore") String chairName,
            @Schema(example = "The Chairman left the meeting; the Vice-Chairman took the chair.") String note,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Amendment(
            @NotNull @Schema(requiredMode = REQUIRED, example = "5") Integer minuteNumber,
            @Schema(requiredMode = REQUIRED,
                    example = "The Home Office had allocated £100 million to police forces for tackling knife crime and "
                    + "Leicestershire Police would receive 1.4 million.") String amendedText) {
    }

    record Confirmation(
            @Schema(requiredMode = REQUIRED, description = "the later meeting at which the minutes were confirmed")
            String confirmedAtMeetingId,
            @Schema(requiredMode = REQUIRED, example = "2019-09-20") LocalDate confirmedOn,
            List<@NotNull @Valid Amendment> amendments,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record LaterAmendment(
            @Schema(requiredMode = REQUIRED, description = "the later meeting that made the amendment") String amendedAtMeetingId,
            @Schema(requiredMode = REQUIRED, example = "2019-12-06") LocalDate amendedOn,
            @Valid @Schema(requiredMode = REQUIRED) Amendment amendment,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Action(
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe") String actionId,
            @NotNull @Schema(requiredMode = REQUIRED, example = "39") Integer minuteNumber,
            @Schema(description = "the lettered part of the item's resolution the action comes from, if any", example = "b")
            String resolutionPart,
            @Schema(requiredMode = REQUIRED, example = "Hold a short briefing with CSP Chairs on Domestic Homicide Reviews")
            String title,
            String description,
            @Schema(requiredMode = REQUIRED, example = "James Fox") String ownerName,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire County Council") String owningAgency,
            @Schema(requiredMode = REQUIRED, example = "2015-12-10") LocalDate dueDate) {
    }

    record Cancellation(
            @Schema(requiredMode = REQUIRED, example = "Not quorate") String reason,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
