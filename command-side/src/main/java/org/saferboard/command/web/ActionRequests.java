package org.saferboard.command.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.saferboard.api.action.SourceKind;

/**
 * The bodies of the write API's action requests; the examples come from the board's own minutes.
 * The field rules are the commands' own (checked on the command bus).
 */
final class ActionRequests {

    private static final String EXPECTED_VERSION = WriteRequestFields.EXPECTED_VERSION;

    private ActionRequests() {
    }

    record Source(
            @Schema(requiredMode = REQUIRED, example = "MEETING_MINUTE") SourceKind kind,
            @Schema(example = "LSCSB 20 September 2019, minute 28") String reference) {
    }

    record Raise(
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe",
                    example = "3f1c2b9e-8d4a-4c1e-9a57-2d6f0b1e7c11") String actionId,
            @Schema(requiredMode = REQUIRED, example = "Break down the 389 high risk offenders managed by IOM by District")
            String title,
            @Schema(example = "A member asked whether the 389 High Risk Offenders that IOM managed could be broken down into Districts.")
            String description,
            @Schema(requiredMode = REQUIRED, example = "Chris Barratt") String ownerName,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire Police") String owningAgency,
            @Schema(requiredMode = REQUIRED, example = "2019-12-06") LocalDate dueDate,
            @Valid @Schema(requiredMode = REQUIRED) Source source) {
    }

    record Progress(
            @Schema(requiredMode = REQUIRED,
                    description = "at most 4,000 characters", example = "District breakdown drafted; awaiting figures for Melton and Rutland.")
            String note,
            @Schema(description = "the business date of the progress; today if omitted", example = "2019-10-15")
            LocalDate progressDate,
            @Schema(description = EXPECTED_VERSION, example = "1") Long expectedVersion) {
    }

    record Reassign(
            @Schema(requiredMode = REQUIRED, example = "Superintendent Sian Walls") String ownerName,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire Police") String owningAgency,
            @Schema(example = "Chris Barratt has moved to another post") String reason,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Wording(
            @Schema(requiredMode = REQUIRED, example = "Break down the 389 high risk offenders managed by IOM by District")
            String title,
            @Schema(requiredMode = REQUIRED, example = "The minutes said 398; the report says 389") String reason,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ReviseDueDate(
            @Schema(requiredMode = REQUIRED, example = "2020-01-31") LocalDate dueDate,
            @Schema(requiredMode = REQUIRED, example = "District figures are published after the next quarter") String reason,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Complete(
            @Schema(requiredMode = REQUIRED, example = "Breakdown by District circulated to Board members after the meeting")
            String outcome,
            @Schema(example = "Email to Board members of 6 December 2019") String evidence,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Reason(
            @Schema(requiredMode = REQUIRED, example = "Superseded by the IOM annual report") String reason,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
