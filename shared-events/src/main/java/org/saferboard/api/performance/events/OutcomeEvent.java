package org.saferboard.api.performance.events;

/**
 * Every event of a performance outcome (the Outcome aggregate): its definition, its indicators, their
 * figures and the outcome's quarterly ratings. A new outcome event has to be named here.
 */
public sealed interface OutcomeEvent permits OutcomeDefined, IndicatorDefined, FigureRecorded, FigureRevised, OutcomeRated {

    String outcomeId();
}
