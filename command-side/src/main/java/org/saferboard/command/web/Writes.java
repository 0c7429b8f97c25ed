package org.saferboard.command.web;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.springframework.http.ResponseEntity;

/**
 * How every write endpoint answers: it sends its one command and waits for it (the events are
 * stored when it returns), then answers with the case's new version as the ETag and in the body.
 */
final class Writes {

    private final CommandGateway commands;

    Writes(CommandGateway commands) {
        this.commands = commands;
    }

    /** The caller's id for a new case or movement, or a new UUID when it chose none. */
    static String idOrNew(String chosen) {
        return chosen != null ? chosen : UUID.randomUUID().toString();
    }

    /** 200 with the changed case's version. */
    <R> ResponseEntity<R> accepted(Object command, LongFunction<R> answer) {
        long version = commands.<Long>sendAndWait(command);
        return ResponseEntity.ok().eTag(Long.toString(version)).body(answer.apply(version));
    }

    /** 201 at the new case's location, with its version. */
    <R> ResponseEntity<R> created(String location, Object command, LongFunction<R> answer) {
        long version = commands.<Long>sendAndWait(command);
        return ResponseEntity.created(URI.create(location)).eTag(Long.toString(version)).body(answer.apply(version));
    }

    /** 201 at the new action raised through a meeting or a review, with the action's version as the ETag. */
    <R> ResponseEntity<R> actionRaised(String actionId, Object command, Function<ActionRaisedFromCase, R> answer) {
        ActionRaisedFromCase raised = commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/actions/" + actionId)).eTag(Long.toString(raised.actionVersion()))
                .body(answer.apply(raised));
    }
}
