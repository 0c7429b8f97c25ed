package org.saferboard.command.performance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.saferboard.command.CommandChecks.currentVersion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.meeting.commands.MeetingOutline;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.commands.DefineIndicator;
import org.saferboard.api.performance.commands.DefineOutcome;
import org.saferboard.api.performance.commands.RateOutcome;
import org.saferboard.api.performance.commands.RecordFigure;
import org.saferboard.api.performance.commands.ReviseFigure;
import org.saferboard.api.performance.events.FigureRecorded;
import org.saferboard.api.performance.events.FigureRevised;
import org.saferboard.api.performance.events.IndicatorDefined;
import org.saferboard.api.performance.events.OutcomeDefined;
import org.saferboard.api.performance.events.OutcomeRated;
import org.saferboard.command.CommandChecks;
import org.saferboard.command.meeting.OtherMeetings;

/**
 * An outcome of a board's performance dashboard with its supporting indicators, their figures per area
 * and quarter, and the outcome's overall rating each quarter. A figure, once recorded, changes only by
 * a revision with a reason; every handler answers with the outcome's version.
 */
@Revision(Outcome.SNAPSHOT_SHAPE)
@Aggregate(snapshotTriggerDefinition = "outcomeSnapshotTrigger")
public class Outcome {

    /** The shape of this class as its snapshots hold it: raised with every change of its fields (see Action's). */
    public static final String SNAPSHOT_SHAPE = "2";

    @AggregateIdentifier
    private String outcomeId;
    /** Kept so that a repeated DefineOutcome can be recognised as the same request. */
    private OutcomeDefined definedAs;
    private final Map<String, IndicatorDefined> indicators = new HashMap<>();
    /** Each figure as it stands, by {@link #figureKey}: text, so that a snapshot holds the map as a JSON object. */
    private final Map<String, Figure> figures = new HashMap<>();
    private final Map<String, OutcomeRated> ratings = new HashMap<>();

    record Figure(BigDecimal value, String note, SimilarAreasComparison comparison) {

        boolean sameAs(BigDecimal otherValue, String otherNote, SimilarAreasComparison otherComparison) {
            return value.compareTo(otherValue) == 0 && Objects.equals(note, otherNote) && comparison == otherComparison;
        }
    }

    /** Creates the outcome, or answers a retry of the same request; the same outcomeId with other content is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(DefineOutcome command, Clock clock) {
        if (definedAs != null) {
            if (!definedAs.boardId().equals(command.boardId()) || !definedAs.title().equals(command.title())
                    || definedAs.position() != command.position()) {
                throw OutcomeRefused.OUTCOME_ID_ALREADY_USED.because("Outcome " + command.outcomeId()
                        + " is defined already with other details; choose a new outcomeId for another outcome.");
            }
            return AggregateVersions.fromSequenceNumber(0);
        }
        apply(new OutcomeDefined(command.outcomeId(), command.boardId(), command.title(), command.position(), clock.instant()));
        return currentVersion();
    }

    /** A repeat of the same definition changes nothing; another indicator under the same id is refused. */
    @CommandHandler
    long handle(DefineIndicator command, Clock clock) {
        requireVersion(command.expectedVersion());
        List<String> districts = command.districts() == null ? List.of() : List.copyOf(command.districts());
        Set<String> areas = new HashSet<>();
        areas.add(sameName(command.county()));
        for (int i = 0; i < districts.size(); i++) {
            if (!areas.add(sameName(districts.get(i)))) {
                throw new InvalidFieldException("districts[" + i + "]", "\"" + districts.get(i).trim() + "\" is named already; name each area once");
            }
        }
        IndicatorDefined defined = new IndicatorDefined(outcomeId, command.indicatorId(), command.name(), command.unit(),
                command.polarity(), command.target(), command.period(), command.source(), command.county(), districts,
                command.levelWithinPercent(), clock.instant());
        IndicatorDefined existing = indicators.get(command.indicatorId());
        if (existing != null) {
            if (existing.equals(withInstant(defined, existing.definedAt()))) {
                return currentVersion();
            }
            throw OutcomeRefused.INDICATOR_EXISTS.because("Outcome " + outcomeId + " has an indicator " + command.indicatorId()
                    + " already, \"" + existing.name() + "\", defined otherwise; give the new indicator an id of its own.");
        }
        apply(defined);
        return currentVersion();
    }

    /** A repeat of the same figure changes nothing; another figure for the same area and quarter needs {@link ReviseFigure}. */
    @CommandHandler
    long handle(RecordFigure command, Clock clock) {
        requireVersion(command.expectedVersion());
        Quarter quarter = requireQuarterBegun(command.quarter(), clock);
        String area = requireArea(command.indicatorId(), command.area());
        Figure existing = figures.get(figureKey(command.indicatorId(), area, quarter.toString()));
        if (existing != null) {
            if (existing.sameAs(command.value(), command.note(), command.comparison())) {
                return currentVersion();
            }
            throw OutcomeRefused.FIGURE_RECORDED.because(indicatorName(command.indicatorId()) + " has a figure for " + area + " in "
                    + quarter.words() + " already (" + existing.value().toPlainString() + "); revise it, giving the reason.");
        }
        apply(new FigureRecorded(outcomeId, command.indicatorId(), area, quarter.toString(), command.value(), command.note(),
                command.comparison(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(ReviseFigure command, Clock clock) {
        requireVersion(command.expectedVersion());
        Quarter quarter = Quarter.parse(command.quarter(), "quarter");
        String area = requireArea(command.indicatorId(), command.area());
        Figure existing = figures.get(figureKey(command.indicatorId(), area, quarter.toString()));
        if (existing == null) {
            throw OutcomeRefused.NO_FIGURE_TO_REVISE.because(indicatorName(command.indicatorId()) + " has no figure for " + area
                    + " in " + quarter.words() + " to revise; record it first.");
        }
        if (existing.sameAs(command.value(), command.note(), command.comparison())) {
            throw OutcomeRefused.FIGURE_UNCHANGED.because("The figure for " + area + " in " + quarter.words() + " is "
                    + existing.value().toPlainString() + " with that note already; a revision changes it.");
        }
        apply(new FigureRevised(outcomeId, command.indicatorId(), area, quarter.toString(), existing.value(), command.value(),
                existing.note(), command.note(), existing.comparison(), command.comparison(), command.reason(), clock.instant()));
        return currentVersion();
    }

    /** A repeat of the quarter's current rating changes nothing; a different one replaces it, the earlier one kept in the history. */
    @CommandHandler
    long handle(RateOutcome command, Clock clock, OtherMeetings meetings) {
        requireVersion(command.expectedVersion());
        Quarter quarter = requireQuarterBegun(command.quarter(), clock);
        if ((command.presentedAtMeetingId() == null) != (command.presentedAtMinuteNumber() == null)) {
            throw new InvalidFieldException(command.presentedAtMeetingId() == null ? "presentedAtMeetingId" : "presentedAtMinuteNumber",
                    "must be given with " + (command.presentedAtMeetingId() == null ? "presentedAtMinuteNumber" : "presentedAtMeetingId")
                            + ": the meeting and the agenda item that noted the rating, or neither");
        }
        OutcomeRated current = ratings.get(quarter.toString());
        if (current != null && current.rag() == command.rag() && current.comment().equals(command.comment())
                && current.ratedBy().equals(command.ratedBy())
                && Objects.equals(current.presentedAtMeetingId(), command.presentedAtMeetingId())
                && Objects.equals(current.presentedAtMinuteNumber(), command.presentedAtMinuteNumber())) {
            return currentVersion();
        }
        if (command.presentedAtMeetingId() != null) {
            requireItemOfThisBoard(meetings.outline(command.presentedAtMeetingId(), "presentedAtMeetingId"),
                    command.presentedAtMinuteNumber());
        }
        apply(new OutcomeRated(outcomeId, quarter.toString(), current == null ? null : current.rag(), command.rag(),
                command.comment(), command.ratedBy(), command.presentedAtMeetingId(), command.presentedAtMinuteNumber(),
                clock.instant()));
        return currentVersion();
    }

    @EventSourcingHandler
    void on(OutcomeDefined event) {
        outcomeId = event.outcomeId();
        definedAs = event;
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicators.put(event.indicatorId(), event);
    }

    @EventSourcingHandler
    void on(FigureRecorded event) {
        figures.put(figureKey(event.indicatorId(), event.area(), event.quarter()),
                new Figure(event.value(), event.note(), event.comparison()));
    }

    @EventSourcingHandler
    void on(FigureRevised event) {
        figures.put(figureKey(event.indicatorId(), event.area(), event.quarter()),
                new Figure(event.value(), event.note(), event.comparison()));
    }

    @EventSourcingHandler
    void on(OutcomeRated event) {
        ratings.put(event.quarter(), event);
    }

    Outcome() {
        // for Axon: state comes from the event-sourcing handlers
    }

    private void requireVersion(Long expectedVersion) {
        CommandChecks.requireVersion(expectedVersion, "Outcome " + outcomeId);
    }

    /** Figures and ratings are recorded for a quarter that has begun, never for one still to come. */
    private static Quarter requireQuarterBegun(String text, Clock clock) {
        Quarter quarter = Quarter.parse(text, "quarter");
        LocalDate today = BusinessCalendar.today(clock);
        if (quarter.firstDay().isAfter(today)) {
            throw new InvalidFieldException("quarter", "must not be a quarter in the future: " + quarter.words() + " begins on "
                    + quarter.firstDay() + " (today is " + today + ")");
        }
        return quarter;
    }

    /** The area as the indicator's definition names it. */
    private String requireArea(String indicatorId, String area) {
        IndicatorDefined indicator = indicators.get(indicatorId);
        if (indicator == null) {
            throw OutcomeRefused.UNKNOWN_INDICATOR.because("Outcome " + outcomeId + " has no indicator " + indicatorId
                    + "; define the indicator first.");
        }
        return Stream.concat(Stream.of(indicator.county()), indicator.districts().stream())
                .filter(reported -> sameName(reported).equals(sameName(area)))
                .findFirst()
                .orElseThrow(() -> OutcomeRefused.AREA_NOT_REPORTED.because(indicator.name() + " is reported for " + indicator.county()
                        + (indicator.districts().isEmpty() ? " only" : " and " + String.join(", ", indicator.districts()))
                        + ", not for " + area + "."));
    }

    private void requireItemOfThisBoard(MeetingOutline meeting, int minuteNumber) {
        if (!meeting.boardId().equals(definedAs.boardId())) {
            throw OutcomeRefused.NOT_A_MEETING_OF_THIS_BOARD.because("Meeting " + meeting.meetingId() + " is a meeting of "
                    + meeting.boardId() + "; outcome " + outcomeId + " is on the " + definedAs.boardId() + " dashboard.");
        }
        if (meeting.cancelled()) {
            throw OutcomeRefused.MEETING_CANCELLED.because("Meeting " + meeting.meetingId() + " was cancelled; it noted nothing.");
        }
        if (!meeting.minuteNumbers().contains(minuteNumber)) {
            throw OutcomeRefused.UNKNOWN_MINUTE.because("Meeting " + meeting.meetingId() + " has no minute " + minuteNumber
                    + " on its agenda; add the agenda item first.");
        }
    }

    private String indicatorName(String indicatorId) {
        return indicators.get(indicatorId).name();
    }

    private static IndicatorDefined withInstant(IndicatorDefined event, Instant definedAt) {
        return new IndicatorDefined(event.outcomeId(), event.indicatorId(), event.name(), event.unit(), event.polarity(), event.target(),
                event.period(), event.source(), event.county(), event.districts(), event.levelWithinPercent(), definedAt);
    }

    /** Neither an indicator id nor a quarter holds a space, so the key names one figure whatever the area is called. */
    private static String figureKey(String indicatorId, String area, String quarter) {
        return indicatorId + " " + quarter + " " + sameName(area);
    }

    /** Area names compared ignoring case and spacing, as people type them. */
    private static String sameName(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
