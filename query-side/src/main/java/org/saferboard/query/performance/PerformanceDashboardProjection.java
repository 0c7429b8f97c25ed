package org.saferboard.query.performance;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.events.FigureRecorded;
import org.saferboard.api.performance.events.FigureRevised;
import org.saferboard.api.performance.events.IndicatorDefined;
import org.saferboard.api.performance.events.OutcomeDefined;
import org.saferboard.api.performance.events.OutcomeRated;
import org.saferboard.infrastructure.projection.AppliedVersions;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * The performance dashboard's read model: one document per outcome (its id as _id) holding its
 * indicators, every figure with its revisions and every quarterly rating, each event one atomic update
 * by _id that only appends, so that nothing needs reading first. Events at or below the document's
 * version are skipped, so redelivery and replays change nothing. A board has a handful of outcomes,
 * each with a few indicators, so a dashboard reads them all and draws itself (see {@link Dashboards}).
 */
@Component
@ProcessingGroup(PerformanceDashboardProjection.PROCESSING_GROUP)
public class PerformanceDashboardProjection {

    public static final String PROCESSING_GROUP = "performance-dashboard";
    static final String COLLECTION = "performance_outcomes";

    private static final String ID = "_id";
    private static final String BOARD_ID = "boardId";
    private static final String INDICATORS = "indicators";
    private static final String FIGURES = "figures";
    private static final String RATINGS = "ratings";
    private static final String DEFINED_AT = "definedAt";
    private static final String VERSION = AppliedVersions.VERSION;
    private static final HexFormat HEX = HexFormat.of();

    private final MongoCollection<Document> outcomes;
    private final ReadModelRebuilds rebuilds;
    private final BatchedWrites writes;
    private final AppliedVersions appliedVersions;

    public PerformanceDashboardProjection(MongoDatabase saferBoardDatabase, ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.outcomes = saferBoardDatabase.getCollection(COLLECTION);
        this.writes = new BatchedWrites(outcomes);
        this.appliedVersions = new AppliedVersions(outcomes);
        outcomes.createIndex(Indexes.ascending(BOARD_ID));
    }

    @EventHandler
    void on(OutcomeDefined event) {
        appliedVersions.claimCreation(event.outcomeId());
        Document outcome = new Document(BOARD_ID, event.boardId())
                .append("title", event.title())
                .append("position", event.position())
                .append(DEFINED_AT, Date.from(event.definedAt()))
                .append(INDICATORS, List.of())
                .append(FIGURES, new Document())
                .append(RATINGS, new Document())
                .append(VERSION, 1L);
        writes.write(new UpdateOneModel<>(eq(ID, event.outcomeId()), new Document("$setOnInsert", outcome),
                new UpdateOptions().upsert(true)));
    }

    @EventHandler
    void on(IndicatorDefined event, @SequenceNumber long sequenceNumber) {
        apply(event.outcomeId(), sequenceNumber, Updates.push(INDICATORS, new Document("indicatorId", event.indicatorId())
                .append("name", event.name())
                .append("unit", event.unit().name())
                .append("polarity", event.polarity().name())
                .append("target", text(event.target()))
                .append("period", event.period().name())
                .append("source", event.source())
                .append("county", event.county())
                .append("districts", event.districts())
                .append("levelWithinPercent", text(event.levelWithinPercent()))
                .append(DEFINED_AT, Date.from(event.definedAt()))));
    }

    @EventHandler
    void on(FigureRecorded event, @SequenceNumber long sequenceNumber) {
        apply(event.outcomeId(), sequenceNumber, Updates.push(figurePath(event.indicatorId(), event.area(), event.quarter()),
                figure(event.value(), event.note(), event.comparison(), null, event.recordedAt())));
    }

    @EventHandler
    void on(FigureRevised event, @SequenceNumber long sequenceNumber) {
        apply(event.outcomeId(), sequenceNumber, Updates.push(figurePath(event.indicatorId(), event.area(), event.quarter()),
                figure(event.value(), event.note(), event.comparison(), event.reason(), event.revisedAt())));
    }

    @EventHandler
    void on(OutcomeRated event, @SequenceNumber long sequenceNumber) {
        apply(event.outcomeId(), sequenceNumber, Updates.push(RATINGS + "." + quarterKey(event.quarter()),
                new Document("rag", event.rag().name())
                        .append("comment", event.comment())
                        .append("ratedBy", event.ratedBy())
                        .append("presentedAtMeetingId", event.presentedAtMeetingId())
                        .append("presentedAtMinuteNumber", event.presentedAtMinuteNumber())
                        .append("ratedAt", Date.from(event.ratedAt()))));
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        outcomes.deleteMany(new Document());
    }

    /** The board's outcomes, in their places on the dashboard. */
    public List<OutcomeRecord> outcomesOf(String boardId) {
        List<OutcomeRecord> found = new ArrayList<>();
        outcomes.find(eq(BOARD_ID, boardId)).forEach(document -> found.add(toRecord(document)));
        found.sort(Comparator.comparingInt(OutcomeRecord::position).thenComparing(OutcomeRecord::outcomeId));
        return found;
    }

    /** The ids of the board's outcomes, without reading their figures. */
    public List<String> outcomeIdsOf(String boardId) {
        List<String> ids = new ArrayList<>();
        outcomes.find(eq(BOARD_ID, boardId)).projection(Projections.include(ID)).forEach(document -> ids.add(document.getString(ID)));
        return ids;
    }

    public Optional<OutcomeRecord> outcome(String outcomeId) {
        return Optional.ofNullable(outcomes.find(eq(ID, outcomeId)).first()).map(PerformanceDashboardProjection::toRecord);
    }

    /** The version of the outcome the read model holds; 0 when it holds none. */
    public long versionOf(String outcomeId) {
        return appliedVersions.storedVersion(outcomeId);
    }

    private void apply(String outcomeId, long sequenceNumber, Bson change) {
        long version = AggregateVersions.fromSequenceNumber(sequenceNumber);
        if (!appliedVersions.claim(outcomeId, version)) {
            return; // delivered again (a retried batch, or a replay over the existing read model)
        }
        writes.write(new UpdateOneModel<>(eq(ID, outcomeId), Updates.combine(change, Updates.set(VERSION, version))));
    }

    /**
     * Indicator ids may hold '.' and area names anything, which a dotted path would misread, so both are
     * keyed by their UTF-8 bytes in hex; quarters (2014-15-Q4) are keyed as they are, after a letter.
     */
    private static String figurePath(String indicatorId, String area, String quarter) {
        return FIGURES + "." + key(indicatorId) + "." + key(area) + "." + quarterKey(quarter);
    }

    private static String key(String text) {
        return "k" + HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromKey(String key) {
        return new String(HEX.parseHex(key.substring(1)), StandardCharsets.UTF_8);
    }

    private static String quarterKey(String quarter) {
        return "q" + quarter;
    }

    private static Document figure(BigDecimal value, String note, SimilarAreasComparison comparison, String reason, Instant at) {
        return new Document("value", value.toPlainString())
                .append("note", note)
                .append("comparison", comparison == null ? null : comparison.name())
                .append("reason", reason)
                .append("at", Date.from(at));
    }

    /** Numbers kept as their decimal text, exactly as recorded (6.35 stays 6.35, not a binary double). */
    private static String text(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static OutcomeRecord toRecord(Document document) {
        List<OutcomeRecord.IndicatorRecord> indicators = document.getList(INDICATORS, Document.class).stream()
                .map(indicator -> new OutcomeRecord.IndicatorRecord(indicator.getString("indicatorId"), indicator.getString("name"),
                        IndicatorUnit.valueOf(indicator.getString("unit")), Polarity.valueOf(indicator.getString("polarity")),
                        number(indicator.getString("target")), FigurePeriod.valueOf(indicator.getString("period")),
                        indicator.getString("source"), indicator.getString("county"), indicator.getList("districts", String.class),
                        number(indicator.getString("levelWithinPercent")), indicator.getDate(DEFINED_AT).toInstant()))
                .toList();
        Map<String, Map<String, Map<String, List<OutcomeRecord.FigureEntry>>>> figures = new LinkedHashMap<>();
        document.get(FIGURES, Document.class).forEach((indicatorKey, byArea) -> {
            Map<String, Map<String, List<OutcomeRecord.FigureEntry>>> areas = new LinkedHashMap<>();
            ((Document) byArea).forEach((areaKey, byQuarter) -> {
                Map<String, List<OutcomeRecord.FigureEntry>> quarters = new LinkedHashMap<>();
                ((Document) byQuarter).forEach((quarterKey, entries) -> quarters.put(quarterKey.substring(1),
                        ((List<?>) entries).stream().map(Document.class::cast).map(PerformanceDashboardProjection::toFigure).toList()));
                areas.put(fromKey(areaKey), quarters);
            });
            figures.put(fromKey(indicatorKey), areas);
        });
        Map<String, List<OutcomeRecord.RatingEntry>> ratings = new LinkedHashMap<>();
        document.get(RATINGS, Document.class).forEach((quarterKey, entries) -> ratings.put(quarterKey.substring(1),
                ((List<?>) entries).stream().map(Document.class::cast)
                        .map(rating -> new OutcomeRecord.RatingEntry(OutcomeRag.valueOf(rating.getString("rag")), rating.getString("comment"),
                                rating.getString("ratedBy"), rating.getString("presentedAtMeetingId"),
                                rating.getInteger("presentedAtMinuteNumber"), rating.getDate("ratedAt").toInstant()))
                        .toList()));
        return new OutcomeRecord(document.getString(ID), document.getString(BOARD_ID), document.getString("title"),
                document.getInteger("position"), document.getDate(DEFINED_AT).toInstant(), indicators, figures, ratings,
                document.getLong(VERSION));
    }

    private static OutcomeRecord.FigureEntry toFigure(Document figure) {
        String comparison = figure.getString("comparison");
        return new OutcomeRecord.FigureEntry(new BigDecimal(figure.getString("value")), figure.getString("note"),
                comparison == null ? null : SimilarAreasComparison.valueOf(comparison), figure.getString("reason"),
                figure.getDate("at").toInstant());
    }
}
