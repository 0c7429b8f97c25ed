package org.saferboard.command.web;

import static org.saferboard.command.web.WriteRequestFields.EXPECTED_VERSION;
import static org.saferboard.command.web.WriteRequestFields.LONG_TEXT;
import static org.saferboard.command.web.WriteRequestFields.TEXT;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.saferboard.api.meeting.ResolutionOutcome;

/** The bodies of the write API's meeting requests; the examples come from the board's own minutes. */
final class MeetingRequests {

    private static final int LIST = 200;

    private MeetingRequests() {
    }

    record Schedule(
            @Pattern(regexp = WriteRequestFields.ID_PATTERN, message = WriteRequestFields.ID_MESSAGE)
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe",
                    example = "2f6c1a4e-9d3b-4f7e-8a21-5c0d9e3b7a18") String meetingId,
            @NotBlank @Size(max = 64) @Schema(description = "the board's short name; minute numbers run per board",
                    example = "LSCSB") String boardId,
            @NotNull @Schema(example = "2015-09-17") LocalDate meetingDate,
            @NotNull @Schema(type = "string", example = "10:00") LocalTime startTime,
            @Size(max = TEXT) @Schema(example = "Guthlaxton Committee Room, County Hall, Glenfield") String venue,
            @Schema(description = "held online; a venue is then optional; false when left out", example = "false") Boolean online,
            @NotBlank @Size(max = TEXT) @Schema(example = "Mr. J. T. Orson JP CC") String chairName) {
    }

    record Person(
            @NotBlank @Size(max = TEXT) @Schema(example = "Cllr. Michael Rickman") String name,
            @Size(max = TEXT) @Schema(example = "Community Safety Partnership Strategy Group Chair") String role,
            @Size(max = TEXT) @Schema(example = "Harborough District Council") String organisation) {
    }

    record Attendance(
            @NotEmpty @Size(max = LIST) List<@NotNull @Valid Person> present,
            @Size(max = LIST) List<@NotNull @Valid Person> apologies,
            @Size(max = LIST) List<@NotNull @Valid Person> alsoInAttendance,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record AgendaItem(
            @NotNull @Positive @Schema(description = "unique in the board's municipal year (May to April)", example = "39")
            Integer minuteNumber,
            @NotBlank @Size(max = TEXT) @Schema(example = "Domestic Homicide Reviews") String title,
            @Size(max = TEXT) @Schema(example = "James Fox") String presenter,
            @Size(max = TEXT) @Schema(example = "Agenda Item 9") String reportReference,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Minutes(
            @NotBlank @Size(max = LONG_TEXT)
            @Schema(example = "The Board considered a report of James Fox providing an update regarding domestic abuse.")
            String narrative,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Part(
            @Pattern(regexp = "[a-z]", message = "must be one lower-case letter, e.g. \"a\"") @Schema(example = "a") String letter,
            @NotBlank @Size(max = LONG_TEXT)
            @Schema(example = "That the Board noted the progress of commissioning regarding domestic abuse.") String text) {
    }

    record Resolution(
            @NotNull @Schema(example = "RESOLVED") ResolutionOutcome outcome,
            @NotEmpty @Size(max = 26) List<@NotNull @Valid Part> parts,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ChairChange(
            @NotNull @Positive @Schema(description = "the first item chaired by the new chair", example = "9")
            Integer fromMinuteNumber,
            @NotBlank @Size(max = TEXT) @Schema(example = "Cllr. Les Phillimore") String chairName,
            @Size(max = TEXT) @Schema(example = "The Chairman left the meeting; the Vice-Chairman took the chair.") String note,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Amendment(
            @NotNull @Positive @Schema(example = "5") Integer minuteNumber,
            @NotBlank @Size(max = LONG_TEXT)
            @Schema(example = "The Home Office had allocated £100 million to police forces for tackling knife crime and "
                    + "Leicestershire Police would receive 1.4 million.") String amendedText) {
    }

    record Confirmation(
            @NotBlank @Pattern(regexp = WriteRequestFields.ID_PATTERN, message = WriteRequestFields.ID_MESSAGE)
            @Schema(description = "the later meeting at which the minutes were confirmed") String confirmedAtMeetingId,
            @NotNull @Schema(example = "2019-09-20") LocalDate confirmedOn,
            @Size(max = LIST) List<@NotNull @Valid Amendment> amendments,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record LaterAmendment(
            @NotBlank @Pattern(regexp = WriteRequestFields.ID_PATTERN, message = WriteRequestFields.ID_MESSAGE)
            @Schema(description = "the later meeting that made the amendment") String amendedAtMeetingId,
            @NotNull @Schema(example = "2019-12-06") LocalDate amendedOn,
            @NotNull @Valid Amendment amendment,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Action(
            @Pattern(regexp = WriteRequestFields.ID_PATTERN, message = WriteRequestFields.ID_MESSAGE)
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe") String actionId,
            @NotNull @Positive @Schema(example = "39") Integer minuteNumber,
            @Pattern(regexp = "[a-z]", message = "must be one lower-case letter, e.g. \"b\"")
            @Schema(description = "the lettered part of the item's resolution the action comes from, if any", example = "b")
            String resolutionPart,
            @NotBlank @Size(max = TEXT)
            @Schema(example = "Hold a short briefing with CSP Chairs on Domestic Homicide Reviews") String title,
            @Size(max = LONG_TEXT) String description,
            @NotBlank @Size(max = TEXT) @Schema(example = "James Fox") String ownerName,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire County Council") String owningAgency,
            @NotNull @Schema(example = "2015-12-10") LocalDate dueDate) {
    }

    record Cancellation(
            @NotBlank @Size(max = TEXT) @Schema(example = "Not quorate") String reason,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
