package org.saferboard.query.dhr;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.Money;
import org.saferboard.api.dhr.events.DHRFundEvent;
import org.saferboard.api.dhr.events.DHRFundingAllocated;
import org.saferboard.api.dhr.queries.FindAllocations;
import org.saferboard.api.dhr.queries.FindContributionLedger;
import org.saferboard.api.dhr.queries.FindDHRFundLedger;
import org.saferboard.api.dhr.queries.FindPartnerStatement;
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * The DHR fund's ledger: one document per movement of a fund (agreement, drawdown, receipt,
 * allocation, spending, release, year close), in the ledger's own typed shape
 * ({@link DHRFundMovementDocuments}), keyed by the fund and the movement's place in its history, so a movement delivered twice (a retried batch, a replay over the ledger) is stored once.
 * Totals, outstanding amounts and running balances are worked out from the movements when read
 * ({@link DHRFundLedgers}): a fund records a few hundred movements a year, and a figure that is never
 * stored can never be counted twice.
 */
@Component
@ProcessingGroup(DHRFundLedgerProjection.PROCESSING_GROUP)
public class DHRFundLedgerProjection {

    /** Named anew when the movements left raw JSON for typed documents, so the ledger is rebuilt in that shape. */
    public static final String PROCESSING_GROUP = "dhr-fund-ledger-v2";
    static final String COLLECTION = "dhr_fund_ledger_v2";

    private static final String ID = "_id";
    private static final String FUND_ID = DHRFundMovementDocuments.FUND_ID;
    private static final String SEQUENCE = DHRFundMovementDocuments.SEQUENCE;
    private static final String REVIEW_ID = DHRFundMovementDocuments.REVIEW_ID;

    private final MongoCollection<Document> movements;
    private final ReadModelRebuilds rebuilds;
    private final BatchedWrites writes;

    public DHRFundLedgerProjection(MongoDatabase saferBoardDatabase, ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.movements = saferBoardDatabase.getCollection(COLLECTION);
        this.writes = new BatchedWrites(movements);
        movements.createIndex(Indexes.ascending(FUND_ID));
        movements.createIndex(Indexes.ascending(REVIEW_ID));
    }

    @EventHandler
    void on(DHRFundEvent event, @SequenceNumber long sequenceNumber) {
        Document movement = DHRFundMovementDocuments.toDocument(event, sequenceNumber);
        writes.write(new UpdateOneModel<>(eq(ID, event.fundId() + "/" + sequenceNumber), new Document("$setOnInsert", movement),
                new UpdateOptions().upsert(true)));
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        movements.deleteMany(new Document());
    }

    @QueryHandler
    Optional<ContributionLedger> handle(FindContributionLedger query) {
        return DHRFundLedgers.contributions(query.fundId(), query.financialYear(), eventsOf(query.fundId()));
    }

    @QueryHandler
    Optional<DHRFundLedger> handle(FindDHRFundLedger query) {
        return DHRFundLedgers.ledger(query.fundId(), query.financialYear(), eventsOf(query.fundId()));
    }

    @QueryHandler
    Optional<AllocationList> handle(FindAllocations query) {
        List<DHRFundEvent> events = eventsOf(query.fundId());
        return events.isEmpty() ? Optional.empty() : Optional.of(DHRFundLedgers.allocations(query.fundId(), events));
    }

    @QueryHandler
    Optional<PartnerStatement> handle(FindPartnerStatement query) {
        return DHRFundLedgers.partnerStatement(query.fundId(), query.partner(), eventsOf(query.fundId()));
    }

    /** The money every fund allocated to a review, with what was spent of it. */
    public record ReviewFunding(List<ReviewView.Funding> lines, Money allocated, Money spent) {
    }

    public ReviewFunding fundingOf(String reviewId) {
        Map<String, List<DHRFundEvent>> eventsByFund = new LinkedHashMap<>();
        movements.find(eq(REVIEW_ID, reviewId)).forEach(document -> eventsByFund.computeIfAbsent(document.getString(FUND_ID),
                this::eventsOf));
        return fundingOf(reviewId, eventsByFund);
    }

    /** The money the funds whose events are given allocated to a review, with what was spent of it. */
    public static ReviewFunding fundingOf(String reviewId, Map<String, List<DHRFundEvent>> eventsByFund) {
        List<ReviewView.Funding> lines = new ArrayList<>();
        Money allocated = Money.ZERO;
        Money spent = Money.ZERO;
        for (Map.Entry<String, List<DHRFundEvent>> fund : eventsByFund.entrySet()) {
            for (DHRFundLedgers.AllocationFigures figures : DHRFundLedgers.allocationFigures(fund.getValue())) {
                DHRFundingAllocated allocation = figures.allocated();
                if (reviewId.equals(allocation.reviewId())) {
                    lines.add(new ReviewView.Funding(fund.getKey(), allocation.allocationId(), allocation.purpose(),
                            allocation.allocatedOn(), allocation.description(), allocation.resolutionReference(),
                            figures.amount().toString(), figures.spent().toString(), figures.remaining().toString()));
                    allocated = allocated.plus(figures.amount());
                    spent = spent.plus(figures.spent());
                }
            }
        }
        return new ReviewFunding(lines, allocated, spent);
    }

    /** Every fund the ledger holds, by id. */
    public List<String> fundIds() {
        List<String> ids = new ArrayList<>();
        movements.distinct(FUND_ID, String.class).forEach(ids::add);
        ids.sort(null);
        return ids;
    }

    /** The version of the fund the ledger holds; 0 when it holds none. */
    public long versionOf(String fundId) {
        Document last = movements.find(eq(FUND_ID, fundId)).sort(Sorts.descending(SEQUENCE)).limit(1).first();
        return last == null ? 0 : AggregateVersions.fromSequenceNumber(last.getLong(SEQUENCE));
    }

    private List<DHRFundEvent> eventsOf(String fundId) {
        List<DHRFundEvent> events = new ArrayList<>();
        movements.find(eq(FUND_ID, fundId)).sort(Sorts.ascending(SEQUENCE))
                .forEach(document -> events.add(DHRFundMovementDocuments.toEvent(document)));
        return events;
    }

}
