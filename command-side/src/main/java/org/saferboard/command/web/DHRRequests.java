package org.saferboard.command.web;

import static org.saferboard.command.web.WriteRequestFields.EXPECTED_VERSION;
import static org.saferboard.command.web.WriteRequestFields.ID_MESSAGE;
import static org.saferboard.command.web.WriteRequestFields.ID_PATTERN;
import static org.saferboard.command.web.WriteRequestFields.LONG_TEXT;
import static org.saferboard.command.web.WriteRequestFields.TEXT;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.Pence;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.QualityAssuranceOutcome;

/**
 * The bodies of the write API's DHR requests: reviews and the DHR fund. Amounts are pounds as
 * decimal text ("3000.00"); a date left out is today (Europe/London).
 */
final class DHRRequests {

    private static final String DATE_OR_TODAY = "a business date; today (Europe/London) when left out; never a future date";
    private static final int PARTNERS = 100;

    private DHRRequests() {
    }

    record Notification(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe", example = "dhr-mary") String reviewId,
            @NotBlank @Size(max = 64) @Schema(example = "LR-DHR-2014-01") String caseReference,
            @NotBlank @Size(max = 40) @Schema(description = "the name the case is known by; never the person's real name",
                    example = "Mary") String pseudonym,
            @NotNull @Schema(example = "2014-10-12") LocalDate dateOfDeath,
            @NotNull @Schema(example = "2014-10-20") LocalDate notifiedOn,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire Police") String notifyingAgency,
            @NotBlank @Size(max = TEXT) @Schema(description = "the Community Safety Partnership's area", example = "Charnwood")
            String area) {
    }

    record Decision(
            @NotNull @Schema(description = "true to hold a Domestic Homicide Review", example = "true") Boolean holdReview,
            @NotBlank @Size(max = LONG_TEXT) @Schema(example = "The death meets the criteria of section 9 of the Domestic Violence, "
                    + "Crime and Victims Act 2004") String rationale,
            @Schema(description = DATE_OR_TODAY) LocalDate decidedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Chair(
            @NotBlank @Size(max = TEXT) @Schema(example = "Independent chair") String chairName,
            @Schema(description = DATE_OR_TODAY) LocalDate appointedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record PanelMember(
            @NotBlank @Size(max = TEXT) @Schema(example = "Detective Inspector, Major Crime") String name,
            @NotBlank @Size(max = TEXT) @Schema(example = "Police representative") String role,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire Police") String agency,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Pause(
            @NotBlank @Size(max = TEXT) @Schema(example = "Awaiting the criminal trial") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate pausedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Resumption(
            @Schema(description = DATE_OR_TODAY) LocalDate resumedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Submission(
            @Schema(description = DATE_OR_TODAY) LocalDate submittedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record QualityAssurance(
            @NotNull @Schema(example = "APPROVED") QualityAssuranceOutcome outcome,
            @Size(max = LONG_TEXT) @Schema(description = "required when revisions are requested") String notes,
            @Schema(description = DATE_OR_TODAY) LocalDate receivedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Publication(
            @NotBlank @Size(max = TEXT) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting http:// or https://")
            @Schema(example = "https://www.lrsb.org.uk/domestic-homicide-reviews") String link,
            @Schema(description = DATE_OR_TODAY) LocalDate publishedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record LearningEvent(
            @NotBlank @Size(max = LONG_TEXT)
            @Schema(example = "Learning event regarding a homicide in 2014 with domestic abuse links") String description,
            @Schema(description = DATE_OR_TODAY) LocalDate heldOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Closure(
            @NotBlank @Size(max = TEXT) @Schema(example = "Action plans complete") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate closedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ReviewAction(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe") String actionId,
            @NotNull @Schema(example = "SINGLE_AGENCY") ActionPlan plan,
            @NotBlank @Size(max = TEXT) @Schema(example = "Confirm all relevant staff have received DASH training") String title,
            @Size(max = LONG_TEXT) String description,
            @NotBlank @Size(max = TEXT) @Schema(example = "Service manager") String ownerName,
            @NotBlank @Size(max = TEXT) @Schema(example = "Swanswell") String leadAgency,
            @NotNull @Schema(example = "2015-12-10") LocalDate dueDate) {
    }

    record Fund(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own so that a retry is safe", example = "llr-dhr-fund") String fundId,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire and Rutland DHR fund") String name,
            @NotNull @Schema(example = "2015-01-28") LocalDate openedOn,
            @NotNull @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(description = "the balance brought into the ledger", example = "0.00") String openingBalance) {
    }

    record PartnerAmount(
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire Police") String partner,
            @NotNull @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE) @Schema(example = "16000.00")
            String amount) {
    }

    record Contributions(
            @NotEmpty @Size(max = PARTNERS) List<@NotNull @Valid PartnerAmount> contributions,
            @NotBlank @Size(max = TEXT) @Schema(example = "LSCSB 28 January 2015, minute 7(c)") String resolutionReference,
            @Schema(description = DATE_OR_TODAY) LocalDate agreedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Drawdown(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own so that a retry is safe") String drawdownId,
            @NotBlank @Schema(example = "2015-16") String financialYear,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(description = "a total shared pro rata to the agreed contributions; or give amounts", example = "6600.00")
            String total,
            @Size(max = PARTNERS) @Schema(description = "an amount per partner; or give total") List<@NotNull @Valid PartnerAmount> amounts,
            @NotBlank @Size(max = TEXT) @Schema(example = "Two reviews commissioned") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate drawnOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Receipt(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own so that a retry is safe") String receiptId,
            @NotBlank @Schema(example = "2015-16") String financialYear,
            @NotBlank @Size(max = TEXT) @Schema(example = "Leicestershire Police") String partner,
            @NotNull @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE) @Schema(example = "1600.00") String amount,
            @Schema(description = DATE_OR_TODAY) LocalDate receivedOn,
            @Size(max = TEXT) @Schema(example = "Remittance 4471") String reference,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Allocation(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own so that a retry is safe", example = "learning-event-2014")
            String allocationId,
            @NotNull @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE) @Schema(example = "3000.00") String amount,
            @NotNull @Schema(example = "LEARNING_EVENT") AllocationPurpose purpose,
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "the review or learning-event case; required unless the purpose is OTHER") String reviewId,
            @NotBlank @Size(max = TEXT) @Schema(example = "Learning event regarding a homicide in 2014") String description,
            @NotBlank @Size(max = TEXT) @Schema(description = "the resolution that approved it",
                    example = "LSCSB 28 January 2015, minute 7(b)") String resolutionReference,
            @Schema(description = DATE_OR_TODAY) LocalDate allocatedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Expenditure(
            @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
            @Schema(description = "optional; supply your own so that a retry is safe") String expenditureId,
            @NotNull @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE) @Schema(example = "2400.00") String amount,
            @NotBlank @Size(max = TEXT) @Schema(example = "Venue and facilitator") String description,
            @Size(max = TEXT) @Schema(example = "Invoice 2015-118") String reference,
            @Schema(description = DATE_OR_TODAY) LocalDate spentOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Release(
            @NotBlank @Size(max = TEXT) @Schema(example = "Event held under budget") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate releasedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record YearClose(
            @Schema(description = "a date after the year's end; today when left out") LocalDate closedOn,
            @PositiveOrZero @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
