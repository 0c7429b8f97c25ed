package org.saferboard.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.meeting.commands.ClaimMinuteNumber;
import org.saferboard.api.meeting.commands.ReleaseMinuteNumbers;
import org.saferboard.api.meeting.events.MinuteNumberClaimed;
import org.saferboard.api.meeting.events.MinuteNumbersReleased;

/**
 * The minute numbers a board has used in one municipal year, each held by one meeting. Its own
 * aggregate because the rule spans meetings; a meeting claims a number before adding the item.
 */
@Aggregate
public class MinuteBook {

    /** The minute book that numbers a board's items in a municipal year, e.g. {@code LSCSB 2015-16}. */
    static String idOf(String boardId, String municipalYear) {
        return boardId + " " + municipalYear;
    }

    @AggregateIdentifier
    private String minuteBookId;
    private final Map<Integer, String> meetingByMinuteNumber = new HashMap<>();

    /** A number the same meeting holds already is claimed again without a new event, so retries are safe. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimMinuteNumber command) {
        String holder = meetingByMinuteNumber.get(command.minuteNumber());
        if (command.meetingId().equals(holder)) {
            return;
        }
        if (holder != null) {
            throw MeetingRefused.MINUTE_NUMBER_IN_USE.because("Minute " + command.minuteNumber() + " of " + command.minuteBookId()
                    + " is already used by meeting " + holder + "; minute numbers run on through the municipal year, "
                    + "so use the next free one.");
        }
        apply(new MinuteNumberClaimed(command.minuteBookId(), command.boardId(), command.municipalYear(),
                command.minuteNumber(), command.meetingId()));
    }

    @CommandHandler
    void handle(ReleaseMinuteNumbers command) {
        List<Integer> held = command.minuteNumbers().stream()
                .filter(number -> command.meetingId().equals(meetingByMinuteNumber.get(number)))
                .toList();
        if (!held.isEmpty()) {
            apply(new MinuteNumbersReleased(minuteBookId, command.meetingId(), held));
        }
    }

    @EventSourcingHandler
    void on(MinuteNumberClaimed event) {
        minuteBookId = event.minuteBookId();
        meetingByMinuteNumber.put(event.minuteNumber(), event.meetingId());
    }

    @EventSourcingHandler
    void on(MinuteNumbersReleased event) {
        event.minuteNumbers().forEach(meetingByMinuteNumber::remove);
    }

    MinuteBook() {
        // for Axon: state comes from the event-sourcing handlers
    }
}
