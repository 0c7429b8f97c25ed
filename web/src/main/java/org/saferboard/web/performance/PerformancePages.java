package org.saferboard.web.performance;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.meeting.queries.FindMeetings;
import org.saferboard.api.meeting.views.MeetingList;
import org.saferboard.api.meeting.views.MeetingSummary;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.queries.FindIndicatorTrend;
import org.saferboard.api.performance.queries.FindPerformanceDashboard;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.saferboard.api.performance.views.PerformanceDashboard;
import org.saferboard.web.PageAccess;
import org.saferboard.web.PageNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The performance dashboard as the board reads it: a quarter's outcomes with their RAG and comment, each
 * indicator's figures with an arrow that shows which way it moved, coloured and worded by whether that is
 * better or worse, the district tables; and an indicator's trend as a chart with its numbers as a table.
 */
@Controller
class PerformancePages {

    private static final String READ_DASHBOARD = "/api/performance/boards/%s/dashboard";

    private final QueryGateway queries;
    private final PageAccess access;

    PerformancePages(QueryGateway queries, PageAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /** A board's dashboard: of the board asked for, or else of the board that met last. */
    @GetMapping("/performance")
    String dashboard(@RequestParam(required = false) String board, @RequestParam(required = false) String quarter,
                     HttpServletRequest request, Model model) {
        String boardId = board != null && !board.isBlank() ? board.strip() : lastBoardToMeet().orElse(null);
        access.require(request, "GET", READ_DASHBOARD.formatted(boardId == null ? "any" : boardId));
        model.addAttribute("boardId", boardId);
        Quarter shown = null;
        if (quarter != null && !quarter.isBlank()) {
            try {
                shown = Quarter.parse(quarter.strip(), "quarter");
            } catch (InvalidFieldException e) {
                throw new PageNotFound("There is no quarter " + quarter + ": quarters are written like 2014-15-Q4.");
            }
        }
        PerformanceDashboard dashboard = boardId == null ? null : queries.query(new FindPerformanceDashboard(boardId,
                shown == null ? null : shown.toString()), ResponseTypes.optionalInstanceOf(PerformanceDashboard.class)).join().orElse(null);
        model.addAttribute("dashboard", dashboard);
        if (dashboard != null) {
            model.addAttribute("quarterWords", Quarter.parse(dashboard.quarter(), "quarter").words());
            model.addAttribute("comparedWithWords", Quarter.parse(dashboard.comparedWithQuarter(), "quarter").words());
        }
        return "performance/dashboard";
    }

    @GetMapping("/performance/outcomes/{outcomeId}/indicators/{indicatorId}")
    String trend(@PathVariable String outcomeId, @PathVariable String indicatorId, HttpServletRequest request, Model model) {
        access.require(request, "GET", "/api/performance/outcomes/" + outcomeId + "/indicators/" + indicatorId + "/trend");
        IndicatorTrend trend = queries.query(new FindIndicatorTrend(outcomeId, indicatorId), ResponseTypes.optionalInstanceOf(IndicatorTrend.class))
                .join()
                .orElseThrow(() -> new PageNotFound("There is no indicator " + indicatorId + " of outcome " + outcomeId + "."));
        model.addAttribute("trend", trend);
        model.addAttribute("quarterWords", trend.quarters().stream().map(quarter -> Quarter.parse(quarter, "quarter").words()).toList());
        return "performance/trend";
    }

    private Optional<String> lastBoardToMeet() {
        return queries.query(new FindMeetings(null, null, null), MeetingList.class).join().meetings().stream()
                .max(Comparator.comparing(MeetingSummary::meetingDate))
                .map(MeetingSummary::boardId);
    }
}
