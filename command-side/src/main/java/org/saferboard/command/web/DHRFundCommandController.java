package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.Pence;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.commands.AgreeAnnualContributions;
import org.saferboard.api.dhr.commands.AllocateDHRFunding;
import org.saferboard.api.dhr.commands.CloseFinancialYear;
import org.saferboard.api.dhr.commands.DrawDownContributions;
import org.saferboard.api.dhr.commands.OpenDHRFund;
import org.saferboard.api.dhr.commands.RecordContributionReceived;
import org.saferboard.api.dhr.commands.RecordExpenditure;
import org.saferboard.api.dhr.commands.ReleaseAllocation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The write API for the DHR fund's ledger: each request is one command. Amounts are pounds as
 * decimal text, held as whole pence from here on.
 */
@RestController
@RequestMapping(path = "/api/dhr-funds", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "DHR fund (write)")
class DHRFundCommandController implements CaseController {

    private final Writes writes;

    DHRFundCommandController(CommandGateway commands) {
        this.writes = new Writes(commands);
    }

    @Override
    public String caseName() {
        return "fund";
    }

    @PostMapping
    @Operation(summary = "Open a DHR fund's ledger with the balance brought into it (OpenDHRFund)")
    ResponseEntity<DHRFundWriteResult> open(@Valid @RequestBody DHRRequests.Fund request) {
        String fundId = Writes.idOrNew(request.fundId());
        return writes.created("/api/dhr-funds/" + fundId, new OpenDHRFund(fundId, request.name(), request.openedOn(),
                Pence.parse(request.openingBalance(), "openingBalance")),
                version -> DHRFundWriteResult.of(fundId, version, null));
    }

    @PutMapping("/{fundId}/contributions/{financialYear}")
    @Operation(summary = "Agree the partners' contributions for a financial year (AgreeAnnualContributions)")
    ResponseEntity<DHRFundWriteResult> agree(@PathVariable String fundId,
                                         @PathVariable String financialYear, IfMatch ifMatch,
                                         @Valid @RequestBody DHRRequests.Contributions request) {
        return writes.accepted(new AgreeAnnualContributions(fundId, financialYear,
                partnerAmounts(request.contributions(), "contributions"), request.resolutionReference(), request.agreedOn(),
                ifMatch.or(request.expectedVersion())), version -> DHRFundWriteResult.of(fundId, version, null));
    }

    @PostMapping("/{fundId}/drawdowns")
    @Operation(summary = "Call in part of a year's agreed contributions (DrawDownContributions)",
            description = "Give total to share it pro rata to the agreed contributions (in whole pence that add up to it), "
                    + "or amounts per partner. Refused beyond what a partner agreed.")
    ResponseEntity<DHRFundWriteResult> drawDown(@PathVariable String fundId, IfMatch ifMatch,
                                            @Valid @RequestBody DHRRequests.Drawdown request) {
        String drawdownId = Writes.idOrNew(request.drawdownId());
        Long totalPence = request.total() == null ? null : Pence.parse(request.total(), "total");
        List<PartnerAmount> amounts = partnerAmounts(request.amounts(), "amounts");
        return writes.accepted(new DrawDownContributions(fundId, drawdownId, request.financialYear(), totalPence, amounts,
                request.reason(), request.drawnOn(), ifMatch.or(request.expectedVersion())),
                version -> DHRFundWriteResult.of(fundId, version, drawdownId));
    }

    @PostMapping("/{fundId}/receipts")
    @Operation(summary = "Record a partner's payment of called-in contributions (RecordContributionReceived)",
            description = "Refused beyond what was called in from that partner.")
    ResponseEntity<DHRFundWriteResult> receive(@PathVariable String fundId, IfMatch ifMatch,
                                           @Valid @RequestBody DHRRequests.Receipt request) {
        String receiptId = Writes.idOrNew(request.receiptId());
        return writes.accepted(new RecordContributionReceived(fundId, receiptId, request.financialYear(), request.partner(),
                Pence.parse(request.amount(), "amount"), request.receivedOn(), request.reference(),
                ifMatch.or(request.expectedVersion())), version -> DHRFundWriteResult.of(fundId, version, receiptId));
    }

    @PostMapping("/{fundId}/allocations")
    @Operation(summary = "Allocate money from the pool to a review, a learning event or another purpose (AllocateDHRFunding)",
            description = "Cites the resolution that approved it; refused when it exceeds the money not yet allocated.")
    ResponseEntity<DHRFundWriteResult> allocate(@PathVariable String fundId, IfMatch ifMatch,
                                            @Valid @RequestBody DHRRequests.Allocation request) {
        String allocationId = Writes.idOrNew(request.allocationId());
        return writes.accepted(new AllocateDHRFunding(fundId, allocationId, Pence.parse(request.amount(), "amount"),
                request.purpose(), request.reviewId(), request.description(), request.resolutionReference(),
                request.allocatedOn(),
                ifMatch.or(request.expectedVersion())), version -> DHRFundWriteResult.of(fundId, version, allocationId));
    }

    @PostMapping("/{fundId}/allocations/{allocationId}/expenditure")
    @Operation(summary = "Record money spent against an allocation (RecordExpenditure); refused beyond what is left of it")
    ResponseEntity<DHRFundWriteResult> spend(@PathVariable String fundId,
                                         @PathVariable String allocationId, IfMatch ifMatch,
                                         @Valid @RequestBody DHRRequests.Expenditure request) {
        String expenditureId = Writes.idOrNew(request.expenditureId());
        return writes.accepted(new RecordExpenditure(fundId, allocationId, expenditureId, Pence.parse(request.amount(), "amount"),
                request.description(), request.reference(), request.spentOn(),
                ifMatch.or(request.expectedVersion())), version -> DHRFundWriteResult.of(fundId, version, expenditureId));
    }

    @PostMapping("/{fundId}/allocations/{allocationId}/release")
    @Operation(summary = "Return an allocation's unspent money to the pool (ReleaseAllocation)")
    ResponseEntity<DHRFundWriteResult> release(@PathVariable String fundId,
                                           @PathVariable String allocationId, IfMatch ifMatch,
                                           @Valid @RequestBody DHRRequests.Release request) {
        return writes.accepted(new ReleaseAllocation(fundId, allocationId, request.reason(), request.releasedOn(),
                ifMatch.or(request.expectedVersion())), version -> DHRFundWriteResult.of(fundId, version, allocationId));
    }

    @PostMapping("/{fundId}/years/{financialYear}/close")
    @Operation(summary = "Close an ended financial year, carrying its balance forward (CloseFinancialYear)",
            description = "Years close in order; nothing more is recorded in a closed year.")
    ResponseEntity<DHRFundWriteResult> closeYear(@PathVariable String fundId,
                                             @PathVariable String financialYear, IfMatch ifMatch,
                                             @Valid @RequestBody DHRRequests.YearClose request) {
        return writes.accepted(new CloseFinancialYear(fundId, financialYear, request.closedOn(),
                ifMatch.or(request.expectedVersion())), version -> DHRFundWriteResult.of(fundId, version, null));
    }

    /** Null stays null: whether the list is required is the command's rule. */
    private static List<PartnerAmount> partnerAmounts(List<DHRRequests.PartnerAmount> amounts, String field) {
        return amounts == null ? null : IntStream.range(0, amounts.size())
                .mapToObj(i -> new PartnerAmount(amounts.get(i).partner(), Pence.parse(amounts.get(i).amount(),
                        field + "[" + i + "].amount")))
                .toList();
    }

}
