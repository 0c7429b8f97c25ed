package org.saferboard.query.dhr;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.Pence;
import org.saferboard.api.dhr.AllocationList;
import org.saferboard.api.dhr.ContributionLedger;
import org.saferboard.api.dhr.DHRFundingAllocated;
import org.saferboard.api.dhr.FindAllocations;
import org.saferboard.api.dhr.FindContributionLedger;
import org.saferboard.api.dhr.FindFundLedger;
import org.saferboard.api.dhr.FindPartnerStatement;
import org.saferboard.api.dhr.FundEvent;
import org.saferboard.api.dhr.FundLedger;
import org.saferboard.api.dhr.PartnerStatement;
import org.saferboard.api.dhr.ReviewView;
import org.saferboard.infrastructure.eventstore.AxonSerialization;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * The DHR fund's ledger: one document per movement of a fund (agreement, drawdown, receipt,
 * allocation, spending, release, year close), keyed by the fund and the movement's place in its
 * history, so a movement delivered twice (a retried batch, a replay over the ledger) is stored once.
 * Totals, outstanding amounts and running balances are worked out from the movements when read
 * ({@link FundLedgers}): a fund records a few hundred movements a year, and a figure that is never
 * stored can never be counted twice.
 */
@Component
@ProcessingGroup(DHRFundLedgerProjection.PROCESSING_GROUP)
public class DHRFundLedgerProjection {

    public static final String PROCESSING_GROUP = "dhr-fund-ledger";
    static final String COLLECTION = "dhr_fund_ledger";

    private static final String ID = "_id";
    private static final String FUND_ID = "fundId";
    private static final String SEQUENCE = "sequence";
    private static final String TYPE = "type";
    private static final String REVIEW_ID = "reviewId";
    /** The movement as recorded, as JSON text, read back into its event type. */
    private static final String MOVEMENT = "movement";
    private static final String EVENT_PACKAGE = FundEvent.class.getPackageName() + ".";

    private final MongoCollection<Document> movements;
    private final ReadModelRebuilds rebuilds;
    private final BatchedWrites writes;
    private final ObjectMapper json = AxonSerialization.objectMapper();

    public DHRFundLedgerProjection(MongoDatabase saferBoardDatabase, ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.movements = saferBoardDatabase.getCollection(COLLECTION);
        this.writes = new BatchedWrites(movements);
        movements.createIndex(Indexes.ascending(FUND_ID));
        movements.createIndex(Indexes.ascending(REVIEW_ID));
    }

    @EventHandler
    void on(FundEvent event, @SequenceNumber long sequenceNumber) {
        Document movement = new Document(FUND_ID, event.fundId())
                .append(SEQUENCE, sequenceNumber)
                .append(TYPE, event.getClass().getSimpleName())
                .append(MOVEMENT, toJson(event));
        if (event instanceof DHRFundingAllocated allocated && allocated.reviewId() != null) {
            movement.append(REVIEW_ID, allocated.reviewId());
        }
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
        return FundLedgers.contributions(query.fundId(), query.financialYear(), eventsOf(query.fundId()));
    }

    @QueryHandler
    Optional<FundLedger> handle(FindFundLedger query) {
        return FundLedgers.ledger(query.fundId(), query.financialYear(), eventsOf(query.fundId()));
    }

    @QueryHandler
    Optional<AllocationList> handle(FindAllocations query) {
        List<FundEvent> events = eventsOf(query.fundId());
        return events.isEmpty() ? Optional.empty() : Optional.of(FundLedgers.allocations(query.fundId(), events));
    }

    @QueryHandler
    Optional<PartnerStatement> handle(FindPartnerStatement query) {
        return FundLedgers.partnerStatement(query.fundId(), query.partner(), eventsOf(query.fundId()));
    }

    /** The money every fund allocated to a review, with what was spent of it; totals in pence. */
    public record ReviewFunding(List<ReviewView.Funding> lines, long allocatedPence, long spentPence) {
    }

    public ReviewFunding fundingOf(String reviewId) {
        Set<String> fundIds = new LinkedHashSet<>();
        movements.find(eq(REVIEW_ID, reviewId)).forEach(document -> fundIds.add(document.getString(FUND_ID)));
        List<ReviewView.Funding> lines = new ArrayList<>();
        long allocatedPence = 0;
        long spentPence = 0;
        for (String fundId : fundIds) {
            for (FundLedgers.AllocationFigures allocation : FundLedgers.allocationFigures(eventsOf(fundId))) {
                DHRFundingAllocated allocated = allocation.allocated();
                if (reviewId.equals(allocated.reviewId())) {
                    lines.add(new ReviewView.Funding(fundId, allocated.allocationId(), allocated.purpose(), allocated.allocatedOn(),
                            allocated.description(), allocated.resolutionReference(), Pence.format(allocated.amountPence()),
                            Pence.format(allocation.spentPence()), Pence.format(allocation.remainingPence())));
                    allocatedPence = Math.addExact(allocatedPence, allocated.amountPence());
                    spentPence = Math.addExact(spentPence, allocation.spentPence());
                }
            }
        }
        return new ReviewFunding(lines, allocatedPence, spentPence);
    }

    /** The version of the fund the ledger holds; 0 when it holds none. */
    public long versionOf(String fundId) {
        Document last = movements.find(eq(FUND_ID, fundId)).sort(Sorts.descending(SEQUENCE)).limit(1).first();
        return last == null ? 0 : AggregateVersions.fromSequenceNumber(last.getLong(SEQUENCE));
    }

    private List<FundEvent> eventsOf(String fundId) {
        List<FundEvent> events = new ArrayList<>();
        movements.find(eq(FUND_ID, fundId)).sort(Sorts.ascending(SEQUENCE))
                .forEach(document -> events.add(fromJson(document.getString(TYPE), document.getString(MOVEMENT))));
        return events;
    }

    private String toJson(FundEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A fund movement could not be written as JSON", e);
        }
    }

    private FundEvent fromJson(String type, String movement) {
        try {
            Class<?> eventType = Class.forName(EVENT_PACKAGE + type);
            return (FundEvent) json.readValue(movement, eventType);
        } catch (ClassNotFoundException | JsonProcessingException e) {
            throw new IllegalStateException("A stored fund movement of type " + type + " could not be read", e);
        }
    }
}
