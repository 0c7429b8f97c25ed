package org.saferboard.api.performance.views;

import java.util.List;

/** An outcome's title, board, version and indicators with the areas each is reported for. */
public record OutcomeOutline(String outcomeId, String boardId, String title, long version, List<IndicatorOutline> indicators) {

    public record IndicatorOutline(String indicatorId, String name, String county, List<String> districts) {
    }
}
