package org.saferboard.query.performance;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.views.PerformanceDashboard;
import org.saferboard.infrastructure.eventstore.CaseHistories;
import org.saferboard.query.ScratchReadModels;
import org.springframework.stereotype.Component;

/**
 * A board's performance dashboard as it stood at a position of the event log: the read model's own
 * handlers over its outcomes' events up to it, drawn by the same code as the live dashboard.
 */
@Component
public class PerformanceAsAt {

    private final CaseHistories histories;
    private final ScratchReadModels scratch;
    private final PerformanceDashboardProjection readModel;
    private final PerformanceQueries queries;

    public PerformanceAsAt(CaseHistories histories, ScratchReadModels scratch, PerformanceDashboardProjection readModel,
                           PerformanceQueries queries) {
        this.histories = histories;
        this.scratch = scratch;
        this.readModel = readModel;
        this.queries = queries;
    }

    /** @param quarter null for the latest quarter recorded by then; empty when the board had no outcomes by then */
    public Optional<PerformanceDashboard> dashboard(String boardId, Quarter quarter, long position) {
        return queries.dashboard(boardId, quarter, outcomesAt(boardId, position));
    }

    /** Outcomes defined since the position have no events up to it, and so are not there. */
    private List<OutcomeRecord> outcomesAt(String boardId, long position) {
        List<DomainEventMessage<?>> events = readModel.outcomeIdsOf(boardId).stream()
                .flatMap(outcomeId -> histories.upTo(outcomeId, position).stream())
                .toList();
        return scratch.replay(database -> new PerformanceDashboardProjection(database, processingGroup -> { }), events,
                projection -> projection.outcomesOf(boardId));
    }
}
