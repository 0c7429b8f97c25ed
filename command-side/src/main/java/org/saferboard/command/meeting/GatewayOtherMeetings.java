package org.saferboard.command.meeting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.saferboard.api.CaseKinds;
import org.saferboard.api.meeting.commands.DescribeMeeting;
import org.saferboard.api.meeting.commands.MeetingOutline;
import org.saferboard.infrastructure.eventstore.AggregateIdentifierInUse;
import org.springframework.stereotype.Component;

/** Asks the other meeting from inside a case's command handler, in the same unit of work. */
@Component
class GatewayOtherMeetings implements OtherMeetings {

    private final CommandGateway commands;

    GatewayOtherMeetings(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public MeetingOutline outline(String meetingId, String field) {
        try {
            return commands.sendAndWait(new DescribeMeeting(meetingId));
        } catch (AggregateNotFoundException e) {
            throw MeetingRefused.UNKNOWN_MEETING.because("There is no meeting " + meetingId + " (" + field
                    + "); schedule that meeting first.");
        } catch (AggregateIdentifierInUse e) {
            throw MeetingRefused.NOT_A_MEETING.because(meetingId + " (" + field + ") is "
                    + CaseKinds.described(e.existingType()) + ", not a meeting.");
        }
    }
}
