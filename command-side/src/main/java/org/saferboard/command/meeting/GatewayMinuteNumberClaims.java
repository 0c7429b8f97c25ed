package org.saferboard.command.meeting;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.meeting.commands.ClaimMinuteNumber;
import org.saferboard.api.meeting.commands.ReleaseMinuteNumbers;
import org.springframework.stereotype.Component;

/**
 * Sends the claim to the MinuteBook from inside the meeting's command handler. Axon runs it in a
 * nested unit of work whose events join the meeting's in the one append made when the meeting's
 * command commits, and the event store keeps one append whole or nothing as readers see it (a
 * refused append removes what it inserted, one cut short by a crash stays invisible): so there is
 * never a claim without its item, nor an item without its claim. A refused claim refuses the
 * meeting's command; a retry finds a claim of its own meeting and claims again without a new event.
 * StandaloneMeetingsIT shows a refused append storing neither.
 */
@Component
class GatewayMinuteNumberClaims implements MinuteNumberClaims {

    private final CommandGateway commands;

    GatewayMinuteNumberClaims(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void claim(String boardId, String municipalYear, int minuteNumber, String meetingId) {
        commands.sendAndWait(new ClaimMinuteNumber(MinuteBook.idOf(boardId, municipalYear), boardId,
                municipalYear, minuteNumber, meetingId));
    }

    @Override
    public void release(String boardId, String municipalYear, List<Integer> minuteNumbers, String meetingId) {
        commands.sendAndWait(new ReleaseMinuteNumbers(MinuteBook.idOf(boardId, municipalYear), meetingId,
                List.copyOf(minuteNumbers)));
    }
}
