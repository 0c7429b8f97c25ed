package org.saferboard.api.performance.views;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.saferboard.api.performance.DirectionOfTravel;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.TargetProgress;

/**
 * A board's performance dashboard for a quarter: each outcome with its overall RAG and comment, and
 * each supporting indicator's figure a year before and now, its direction of travel, progress against
 * target, the county's place among similar areas and the district table.
 *
 * @param quarter the quarter shown, written 2014-15-Q4
 * @param comparedWithQuarter the same quarter a year before, whose figures the direction is judged against
 * @param quartersRecorded every quarter with a figure or a rating on this board's dashboard, earliest first
 */
public record PerformanceDashboard(String boardId, String quarter, String comparedWithQuarter, List<String> quartersRecorded,
                                   List<Outcome> outcomes) {

    public record Outcome(String outcomeId, String title, int position, Rating rating, List<Indicator> indicators, long version) {
    }

    /** @param earlier the quarter's earlier ratings this one replaced, earliest first */
    public record Rating(OutcomeRag rag, String comment, String ratedBy, Instant ratedAt, String presentedAtMeetingId,
                         Integer presentedAtMinuteNumber, List<EarlierRating> earlier) {
    }

    public record EarlierRating(OutcomeRag rag, String comment, String ratedBy, Instant ratedAt) {
    }

    /**
     * @param previousYear the county's figure for the same quarter a year before; null when none was recorded
     * @param latest the county's figure for the quarter; null when none was recorded
     * @param direction null unless both figures were recorded
     * @param districts one row per district the indicator is reported for, in the order defined
     */
    public record Indicator(String indicatorId, String name, IndicatorUnit unit, Polarity polarity, FigurePeriod period, String source,
                            BigDecimal target, BigDecimal levelWithinPercent, String county, Figure previousYear, Figure latest,
                            DirectionOfTravel direction, TargetProgress progress, SimilarAreasComparison countyComparison,
                            List<AreaRow> districts) {
    }

    public record AreaRow(String area, Figure previousYear, Figure latest, DirectionOfTravel direction) {
    }

    /**
     * @param revised whether it was corrected since it was first recorded
     * @param revisions the figure's corrections, earliest first; the first one's previousValue is the figure as first recorded
     */
    public record Figure(BigDecimal value, String note, SimilarAreasComparison comparison, Instant recordedAt, boolean revised,
                         List<Revision> revisions) {
    }

    public record Revision(BigDecimal previousValue, BigDecimal value, String previousNote, String note, String reason, Instant revisedAt) {
    }
}
