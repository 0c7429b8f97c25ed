package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.saferboard.api.action.SourceKind;

/** The bodies of the write API's action requests; the examples come from the board's own minutes. */
final class ActionRequests {

    static final String ACTION_ID_PATTERN = WriteRequestFields.ID_PATTERN;
    private static final int TEXT = WriteRequestFields.TEXT;
    private static final int LONG_TEXT = WriteRequestFields.LONG_TEXT;
    private static final String EXPECTED_VERSION = WriteRequestFields.EXPECTED_VERSION;

    private ActionRequests() {
    }

    record Source(
            @NotNull @Schema(example = "MEETING_MINUTE") SourceKind kind,
            @Size(max = TEXT) @Schema(example = "LSCSB 20 September 2019, minute 28") String reference) {
    }

    record Raise(
            @Pattern(regexp = ACTION_ID_PATTERN, message = WriteRequestFields.ID_MESSAGE)
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe",
                    example = "3f1c2b9e-8d4a-4c1e-9a57-2d6f0b1e7c11") String actionId,
            @NotBlank @Size(max = TEXT)
            @Schema(example = "Break down the 389 high risk offenders managed by IOM by District") String title,
            @Size(max = LONG_TEXT)
            @Schema(example = "A member asked whether the 389 High Risk Offenders that IOM managed could be broken down into Districts.")
            String description,
            @NotBlank @Size(max = TEXT) @Schema(example = "Chris Barratt") String ownerName,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire Police") String owningAgency,
            @NotNull @Schema(example = "2019-12-06") LocalDate dueDate,
            @NotNull @Valid Source source) {
    }

    record Progress(
            @NotBlank @Size(max = WriteRequestFields.NOTE)
            @Schema(description = "at most 4,000 characters", example = "District breakdown drafted; awaiting figures for Melton and Rutland.")
            String note,
            @Schema(description = "the business date of the progress; today if omitted", example = "2019-10-15")
            LocalDate progressDate,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION, example = "1") Long expectedVersion) {
    }

    record Reassign(
            @NotBlank @Size(max = TEXT) @Schema(example = "Superintendent Sian Walls") String ownerName,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire Police") String owningAgency,
            @Size(max = TEXT) @Schema(example = "Chris Barratt has moved to another post") String reason,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ReviseDueDate(
            @NotNull @Schema(example = "2020-01-31") LocalDate dueDate,
            @NotBlank @Size(max = TEXT) @Schema(example = "District figures are published after the next quarter") String reason,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Complete(
            @NotBlank @Size(max = LONG_TEXT)
            @Schema(example = "Breakdown by District circulated to Board members after the meeting") String outcome,
            @Size(max = LONG_TEXT) @Schema(example = "Email to Board members of 6 December 2019") String evidence,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Reason(
            @NotBlank @Size(max = TEXT) @Schema(example = "Superseded by the IOM annual report") String reason,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
