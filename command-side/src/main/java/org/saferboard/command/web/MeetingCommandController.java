package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.MinuteAmendment;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.meeting.commands.AddAgendaItem;
import org.saferboard.api.meeting.commands.AmendMinutes;
import org.saferboard.api.meeting.commands.CancelMeeting;
import org.saferboard.api.meeting.commands.ConfirmMinutes;
import org.saferboard.api.meeting.commands.RaiseActionFromMeeting;
import org.saferboard.api.meeting.commands.RecordAttendance;
import org.saferboard.api.meeting.commands.RecordChairChange;
import org.saferboard.api.meeting.commands.RecordMinutes;
import org.saferboard.api.meeting.commands.ResolveItem;
import org.saferboard.api.meeting.commands.ScheduleMeeting;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The write API for meetings and their minutes: each request is one command. */
@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Meetings (write)")
class MeetingCommandController implements CaseController {

    private final Writes writes;

    MeetingCommandController(CommandGateway commands) {
        this.writes = new Writes(commands);
    }

    @Override
    public String caseName() {
        return "meeting";
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting of a board",
            description = "Repeating the request with the same meetingId and details answers with the original result.")
    ResponseEntity<MeetingWriteResult> schedule(@Valid @RequestBody MeetingRequests.Schedule request) {
        String meetingId = Writes.idOrNew(request.meetingId());
        return writes.created("/api/meetings/" + meetingId, new ScheduleMeeting(meetingId, request.boardId(),
                request.meetingDate(), request.startTime(),
                request.venue(), Boolean.TRUE.equals(request.online()), request.chairName()),
                version -> MeetingWriteResult.of(meetingId, version));
    }

    @PutMapping("/{meetingId}/attendance")
    @Operation(summary = "Record who was present, who sent apologies and who else attended (replaces the earlier record)")
    ResponseEntity<MeetingWriteResult> recordAttendance(@PathVariable String meetingId, IfMatch ifMatch,
                                                        @Valid @RequestBody MeetingRequests.Attendance request) {
        return writes.accepted(new RecordAttendance(meetingId, attendees(request.present()),
                attendees(request.apologies()), attendees(request.alsoInAttendance()),
                ifMatch.or(request.expectedVersion())), version -> MeetingWriteResult.of(meetingId, version));
    }

    @PostMapping("/{meetingId}/agenda-items")
    @Operation(summary = "Add an agenda item under its minute number",
            description = "Minute numbers run on through the board's municipal year (May to April); one already used that year gets 409.")
    ResponseEntity<MeetingWriteResult> addAgendaItem(@PathVariable String meetingId, IfMatch ifMatch,
                                                     @Valid @RequestBody MeetingRequests.AgendaItem request) {
        return writes.accepted(new AddAgendaItem(meetingId, request.minuteNumber(), request.title(),
                request.presenter(), request.reportReference(), ifMatch.or(request.expectedVersion())),
                version -> MeetingWriteResult.of(meetingId, version));
    }

    @PutMapping("/{meetingId}/agenda-items/{minuteNumber}/minutes")
    @Operation(summary = "Record the narrative of an item (replaces the draft until the minutes are confirmed)")
    ResponseEntity<MeetingWriteResult> recordMinutes(@PathVariable String meetingId,
                                                     @PathVariable int minuteNumber,
                                                     IfMatch ifMatch,
                                                     @Valid @RequestBody MeetingRequests.Minutes request) {
        return writes.accepted(new RecordMinutes(meetingId, minuteNumber, request.narrative(),
                ifMatch.or(request.expectedVersion())), version -> MeetingWriteResult.of(meetingId, version));
    }

    @PutMapping("/{meetingId}/agenda-items/{minuteNumber}/resolution")
    @Operation(summary = "Record the board's resolution on an item: RESOLVED, AGREED or NOTED, in lettered parts")
    ResponseEntity<MeetingWriteResult> resolve(@PathVariable String meetingId,
                                               @PathVariable int minuteNumber,
                                               IfMatch ifMatch,
                                               @Valid @RequestBody MeetingRequests.Resolution request) {
        List<ResolutionPart> parts = request.parts() == null ? null
                : request.parts().stream().map(part -> new ResolutionPart(part.letter(), part.text())).toList();
        return writes.accepted(new ResolveItem(meetingId, minuteNumber, request.outcome(), parts,
                ifMatch.or(request.expectedVersion())), version -> MeetingWriteResult.of(meetingId, version));
    }

    @PostMapping("/{meetingId}/chair-changes")
    @Operation(summary = "Record that someone else took the chair from an item on")
    ResponseEntity<MeetingWriteResult> changeChair(@PathVariable String meetingId, IfMatch ifMatch,
                                                   @Valid @RequestBody MeetingRequests.ChairChange request) {
        return writes.accepted(new RecordChairChange(meetingId, request.fromMinuteNumber(), request.chairName(),
                request.note(), ifMatch.or(request.expectedVersion())), version -> MeetingWriteResult.of(meetingId, version));
    }

    @PostMapping("/{meetingId}/confirmation")
    @Operation(summary = "Confirm the minutes as a correct record at a later meeting, optionally subject to amendments",
            description = "From then on the minutes are locked; they change only by amendment at a later meeting.")
    ResponseEntity<MeetingWriteResult> confirm(@PathVariable String meetingId, IfMatch ifMatch,
                                               @Valid @RequestBody MeetingRequests.Confirmation request) {
        List<MinuteAmendment> amendments = request.amendments() == null ? List.of()
                : request.amendments().stream().map(MeetingCommandController::amendment).toList();
        return writes.accepted(new ConfirmMinutes(meetingId, request.confirmedAtMeetingId(), request.confirmedOn(),
                amendments, ifMatch.or(request.expectedVersion())), version -> MeetingWriteResult.of(meetingId, version));
    }

    @PostMapping("/{meetingId}/amendments")
    @Operation(summary = "Amend a confirmed minute at a later meeting; the original wording stays on record")
    ResponseEntity<MeetingWriteResult> amend(@PathVariable String meetingId, IfMatch ifMatch,
                                             @Valid @RequestBody MeetingRequests.LaterAmendment request) {
        return writes.accepted(new AmendMinutes(meetingId, request.amendedAtMeetingId(), request.amendedOn(),
                amendment(request.amendment()), ifMatch.or(request.expectedVersion())),
                version -> MeetingWriteResult.of(meetingId, version));
    }

    @PostMapping("/{meetingId}/actions")
    @Operation(summary = "Raise an action from an agenda item or a lettered part of its resolution",
            description = "The action's source names the meeting, the minute and the part; it then appears in the action log "
                    + "and in the meeting view. Repeating the request with the same actionId and content answers with the original result.")
    ResponseEntity<ActionFromCaseWriteResult> raiseAction(@PathVariable String meetingId,
                                                          @Valid @RequestBody MeetingRequests.Action request) {
        String actionId = Writes.idOrNew(request.actionId());
        return writes.actionRaised(actionId, new RaiseActionFromMeeting(meetingId, actionId, request.minuteNumber(),
                request.resolutionPart(), request.title(), request.description(), request.ownerName(), request.owningAgency(),
                request.dueDate()),
                raised -> ActionFromCaseWriteResult.of(actionId, meetingId, raised));
    }

    @PostMapping("/{meetingId}/cancel")
    @Operation(summary = "Cancel a meeting that has not taken place; its minute numbers become free again")
    ResponseEntity<MeetingWriteResult> cancel(@PathVariable String meetingId, IfMatch ifMatch,
                                              @Valid @RequestBody MeetingRequests.Cancellation request) {
        return writes.accepted(new CancelMeeting(meetingId, request.reason(),
                ifMatch.or(request.expectedVersion())), version -> MeetingWriteResult.of(meetingId, version));
    }

    private static List<Attendee> attendees(List<MeetingRequests.Person> people) {
        return people == null ? List.of()
                : people.stream().map(person -> new Attendee(person.name(), person.role(), person.organisation())).toList();
    }

    private static MinuteAmendment amendment(MeetingRequests.Amendment amendment) {
        return amendment == null ? null : new MinuteAmendment(amendment.minuteNumber(), amendment.amendedText());
    }

}
