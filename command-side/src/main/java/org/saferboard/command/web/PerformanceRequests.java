package org.saferboard.command.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.saferboard.command.web.WriteRequestFields.EXPECTED_VERSION;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;

/**
 * The bodies of the write API's performance dashboard requests; the examples come from the board's
 * 2014/15 Q4 dashboard. The field rules are the commands' own (checked on the command bus); here only
 * what JSON binding needs: a number where the command holds an int, and no null in a list.
 */
final class PerformanceRequests {

    private static final String QUARTER = "a quarter of a financial year, e.g. 2014-15-Q4 (Q1 is April to June); not one still to come";

    private PerformanceRequests() {
    }

    record Outcome(
            @Schema(description = "optional; supply your own (a UUID) so that a retry is safe", example = "lscsb-reductions-in-crime")
            String outcomeId,
            @Schema(requiredMode = REQUIRED, example = "LSCSB") String boardId,
            @Schema(requiredMode = REQUIRED, example = "Ongoing reductions in crime") String title,
            @NotNull @Schema(requiredMode = REQUIRED, description = "its place on the dashboard, 1 first", example = "1")
            Integer position) {
    }

    record Indicator(
            @Schema(requiredMode = REQUIRED, description = "chosen by you, unique in the outcome", example = "vehicle-crime-rate")
            String indicatorId,
            @Schema(requiredMode = REQUIRED, example = "Vehicle Crime rate (per 1,000 population)") String name,
            @Schema(requiredMode = REQUIRED, example = "RATE_PER_1000") IndicatorUnit unit,
            @Schema(requiredMode = REQUIRED, description = "which way is better; CONTEXT_ONLY judges no movement",
                    example = "LOWER_IS_BETTER") Polarity polarity,
            @Schema(description = "optional", example = "5.5") BigDecimal target,
            @Schema(requiredMode = REQUIRED, example = "ROLLING_12_MONTHS") FigurePeriod period,
            @Schema(example = "Leicestershire Police") String source,
            @Schema(requiredMode = REQUIRED, description = "the whole area the dashboard reports on", example = "Leicestershire")
            String county,
            @Schema(description = "the districts the figures are also reported for, in the order the district table shows them",
                    example = "[\"Blaby\", \"Charnwood\"]") List<@NotNull String> districts,
            @Schema(description = "a change of at most this percentage either way shows as level; the dashboard's default when left out",
                    example = "2") BigDecimal levelWithinPercent,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Figure(
            @Schema(requiredMode = REQUIRED, description = "the county or one of the indicator's districts", example = "Leicestershire")
            String area,
            @Schema(requiredMode = REQUIRED, description = QUARTER, example = "2014-15-Q4") String quarter,
            @Schema(requiredMode = REQUIRED, example = "6.35") BigDecimal value,
            @Schema(example = "Q3 2014-15") String note,
            @Schema(description = "where the area stands among similar areas, when the source says", example = "BOTTOM")
            SimilarAreasComparison comparison,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Revision(
            @Schema(requiredMode = REQUIRED, example = "Leicestershire") String area,
            @Schema(requiredMode = REQUIRED, description = QUARTER, example = "2014-15-Q4") String quarter,
            @Schema(requiredMode = REQUIRED, example = "6.31") BigDecimal value,
            String note,
            SimilarAreasComparison comparison,
            @Schema(requiredMode = REQUIRED, example = "The police re-ran the year's figures after late recording.") String reason,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }

    record Rating(
            @Schema(requiredMode = REQUIRED, example = "GREEN") OutcomeRag rag,
            @Schema(requiredMode = REQUIRED, example = "Overall crime is lower than last year.") String comment,
            @Schema(requiredMode = REQUIRED, description = "who rated it", example = "James Fox") String ratedBy,
            @Schema(description = "the meeting that noted the rating, with presentedAtMinuteNumber") String presentedAtMeetingId,
            @Schema(description = "the agenda item of that meeting", example = "36") Integer presentedAtMinuteNumber,
            @Schema(description = EXPECTED_VERSION) Long expectedVersion) {
    }
}
