package org.saferboard.command.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.saferboard.command.web.WriteRequestFields.EXPECTED_VERSION;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.Pence;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.QualityAssuranceOutcome;

/**
 * The bodies of the write API's DHR requests: reviews and the DHR fund. Amounts are pounds as
 * decimal text ("3000.00"), read here into the commands' pence; a date left out is today
 * (Europe/London). The field rules are the commands' own (checked on the command bus).
 */
final class DHRRequests {

    private static final String DATE_OR_TODAY = "a business date; today (Europe/London) when left out; never a future date";

    private DHRRequests() {
    }

    record Notification(
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe", example = "dhr-mary")
            String reviewId,
            @Schema(requiredMode = REQUIRED, example = "LR-DHR-2014-01") String caseReference,
            @Schema(requiredMode = REQUIRED, description = "the name the case is known by; never the person's real name",
                    example = "Mary") String pseudonym,
            @Schema(requiredMode = REQUIRED, example = "2014-10-12") LocalDate dateOfDeath,
            @Schema(requiredMode = REQUIRED, example = "2014-10-20") LocalDate notifiedOn,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire Police") String notifyingAgency,
            @Schema(requiredMode = REQUIRED, description = "the Community Safety Partnership's area", example = "Charnwood")
            String area) {
    }

    record Decision(
            @Schema(requiredMode = REQUIRED, description = "true to hold a Domestic Homicide Review", example = "true")
            Boolean holdReview,
            @Schema(requiredMode = REQUIRED, example = "The death meets the criteria of section 9 of the Domestic Violence, "
                    + "Crime and Victims Act 2004") String rationale,
            @Schema(description = DATE_OR_TODAY) LocalDate decidedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Chair(
            @Schema(requiredMode = REQUIRED, example = "Independent chair") String chairName,
            @Schema(description = DATE_OR_TODAY) LocalDate appointedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record PanelMember(
            @Schema(requiredMode = REQUIRED, example = "Detective Inspector, Major Crime") String name,
            @Schema(requiredMode = REQUIRED, example = "Police representative") String role,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire Police") String agency,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Pause(
            @Schema(requiredMode = REQUIRED, example = "Awaiting the criminal trial") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate pausedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Resumption(
            @Schema(description = DATE_OR_TODAY) LocalDate resumedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Submission(
            @Schema(description = DATE_OR_TODAY) LocalDate submittedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record QualityAssurance(
            @Schema(requiredMode = REQUIRED, example = "APPROVED") QualityAssuranceOutcome outcome,
            @Schema(description = "required when revisions are requested") String notes,
            @Schema(description = DATE_OR_TODAY) LocalDate receivedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Publication(
            @Schema(requiredMode = REQUIRED, example = "https://www.lrsb.org.uk/domestic-homicide-reviews") String link,
            @Schema(description = DATE_OR_TODAY) LocalDate publishedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record LearningEvent(
            @Schema(requiredMode = REQUIRED, example = "Learning event regarding a homicide in 2014 with domestic abuse links")
            String description,
            @Schema(description = DATE_OR_TODAY) LocalDate heldOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Closure(
            @Schema(requiredMode = REQUIRED, example = "Action plans complete") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate closedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record ReviewAction(
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe") String actionId,
            @Schema(requiredMode = REQUIRED, example = "SINGLE_AGENCY") ActionPlan plan,
            @Schema(requiredMode = REQUIRED, example = "Confirm all relevant staff have received DASH training") String title,
            String description,
            @Schema(requiredMode = REQUIRED, example = "Service manager") String ownerName,
            @Schema(requiredMode = REQUIRED, example = "Swanswell") String leadAgency,
            @Schema(requiredMode = REQUIRED, example = "2015-12-10") LocalDate dueDate) {
    }

    record Fund(
            @Schema(description = "optional; supply your own so that a retry is safe", example = "llr-dhr-fund") String fundId,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire and Rutland DHR fund") String name,
            @Schema(requiredMode = REQUIRED, example = "2015-01-28") LocalDate openedOn,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(requiredMode = REQUIRED, description = "the balance brought into the ledger", example = "0.00")
            String openingBalance) {
    }

    record PartnerAmount(
            @Schema(requiredMode = REQUIRED, example = "Leicestershire Police") String partner,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(requiredMode = REQUIRED, example = "16000.00")
            String amount) {
    }

    record Contributions(
            @Schema(requiredMode = REQUIRED) List<@NotNull @Valid PartnerAmount> contributions,
            @Schema(requiredMode = REQUIRED, example = "LSCSB 28 January 2015, minute 7(c)") String resolutionReference,
            @Schema(description = DATE_OR_TODAY) LocalDate agreedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Drawdown(
            @Schema(description = "optional; supply your own so that a retry is safe") String drawdownId,
            @Schema(requiredMode = REQUIRED, example = "2015-16") String financialYear,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(description = "a total shared pro rata to the agreed contributions; or give amounts", example = "6600.00")
            String total,
            @Schema(description = "an amount per partner; or give total") List<@NotNull @Valid PartnerAmount> amounts,
            @Schema(requiredMode = REQUIRED, example = "Two reviews commissioned") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate drawnOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Receipt(
            @Schema(description = "optional; supply your own so that a retry is safe") String receiptId,
            @Schema(requiredMode = REQUIRED, example = "2015-16") String financialYear,
            @Schema(requiredMode = REQUIRED, example = "Leicestershire Police") String partner,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(requiredMode = REQUIRED, example = "1600.00") String amount,
            @Schema(description = DATE_OR_TODAY) LocalDate receivedOn,
            @Schema(example = "Remittance 4471") String reference,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Allocation(
            @Schema(description = "optional; supply your own so that a retry is safe", example = "learning-event-2014")
            String allocationId,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(requiredMode = REQUIRED, example = "3000.00") String amount,
            @Schema(requiredMode = REQUIRED, example = "LEARNING_EVENT") AllocationPurpose purpose,
            @Schema(description = "the review or learning-event case; required unless the purpose is OTHER") String reviewId,
            @Schema(requiredMode = REQUIRED, example = "Learning event regarding a homicide in 2014") String description,
            @Schema(requiredMode = REQUIRED, description = "the resolution that approved it",
                    example = "LSCSB 28 January 2015, minute 7(b)") String resolutionReference,
            @Schema(description = DATE_OR_TODAY) LocalDate allocatedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Expenditure(
            @Schema(description = "optional; supply your own so that a retry is safe") String expenditureId,
            @Pattern(regexp = Pence.AMOUNT_PATTERN, message = Pence.AMOUNT_MESSAGE)
            @Schema(requiredMode = REQUIRED, example = "2400.00") String amount,
            @Schema(requiredMode = REQUIRED, example = "Venue and facilitator") String description,
            @Schema(example = "Invoice 2015-118") String reference,
            @Schema(description = DATE_OR_TODAY) LocalDate spentOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Release(
            @Schema(requiredMode = REQUIRED, example = "Event held under budget") String reason,
            @Schema(description = DATE_OR_TODAY) LocalDate releasedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record YearClose(
            @Schema(description = "a date after the year's end; today when left out") LocalDate closedOn,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
