package org.saferboard.command.action;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.saferboard.command.CommandChecks.currentVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.CancelAction;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.api.action.commands.CorrectActionWording;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.action.commands.ReassignAction;
import org.saferboard.api.action.commands.RecordActionProgress;
import org.saferboard.api.action.commands.ReopenAction;
import org.saferboard.api.action.commands.RequestActionDueDate;
import org.saferboard.api.action.commands.ReviseActionDueDate;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRequested;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionEvent;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.action.events.ActionState;
import org.saferboard.api.action.events.ActionWordingCorrected;
import org.saferboard.api.people.ActingUser;
import org.saferboard.api.people.Role;
import org.saferboard.command.CommandChecks;

/**
 * An action on the board's Action Log. Every handler answers with the action's version after the
 * command, as SaferBoard counts it (1 after RaiseAction).
 */
@Revision(Action.SNAPSHOT_SHAPE)
@Aggregate(snapshotTriggerDefinition = "actionSnapshotTrigger")
public class Action {

    /**
     * The shape of this class as its snapshots hold it: raise it whenever a field is added, removed or
     * changes meaning, and snapshots of the older shape are passed over (the aggregate is loaded from
     * its events instead), never read with fields missing.
     */
    public static final String SNAPSHOT_SHAPE = "4";

    @AggregateIdentifier
    private String actionId;
    /** Kept so that a repeated RaiseAction can be recognised as the same request. */
    private ActionRaised raisedAs;
    private ActionState state;

    /**
     * An officer may change only an action owned by them or by their agency (the access rules let officers
     * send only progress, a request for a new due date and completion); other roles reach every action. A raise that finds no action yet
     * is not held back: anyone allowed to raise may raise for any owner.
     */
    @CommandHandlerInterceptor
    Object onlyOwnActionsForOfficers(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ActingUser actor = ActingUser.fromMetaData(command.getMetaData());
        if (state != null && actor != null && actor.actedAs(Role.OFFICER) && !actor.owns(state.ownerName(), state.owningAgency())) {
            throw ActionRefused.NOT_YOURS.because("Action " + actionId + " belongs to " + state.ownerName() + " of "
                    + state.owningAgency() + "; as an officer of " + actor.agency()
                    + " you may change only your own or your agency's actions. Ask the board's secretariat to reassign it if it is yours.");
        }
        return chain.proceed();
    }

    /**
     * Creates the action, or, when the actionId exists already, treats the command as a retry: the same
     * content answers with the version the raise produced, different content is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RaiseAction command, Clock clock) {
        if (raisedAs != null) {
            if (!sameContent(command)) {
                throw ActionRefused.ID_ALREADY_USED.because("Action " + command.actionId()
                        + " was already raised with different content; "
                        + "choose a new actionId to raise another action, or repeat the original request exactly.");
            }
            return AggregateVersions.fromSequenceNumber(0);
        }
        requireValidSource(command.source());
        apply(new ActionRaised(command.actionId(), command.title(), command.description(), command.ownerName(),
                command.owningAgency(), command.dueDate(), command.source(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordActionProgress command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate progressDate = CommandChecks.onOrBeforeToday(command.progressDate(), "progressDate", clock);
        requireOpen("given progress");
        apply(new ActionProgressRecorded(actionId, command.note(), progressDate, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(ReassignAction command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireOpen("reassigned");
        if (command.ownerName().equals(state.ownerName()) && command.owningAgency().equals(state.owningAgency())) {
            throw ActionRefused.UNCHANGED.because("Action " + actionId + " is already owned by " + state.ownerName() + " ("
                    + state.owningAgency() + ").");
        }
        apply(new ActionReassigned(actionId, state.ownerName(), state.owningAgency(), command.ownerName(), command.owningAgency(),
                command.reason(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(ReviseActionDueDate command, Clock clock) {
        requireNewDueDate(command.expectedVersion(), command.dueDate(), "given a new due date");
        apply(new ActionDueDateRevised(actionId, state.dueDate(), command.dueDate(), command.reason(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RequestActionDueDate command, Clock clock) {
        requireNewDueDate(command.expectedVersion(), command.requestedDueDate(), "asked for a new due date");
        apply(new ActionDueDateRequested(actionId, state.dueDate(), command.requestedDueDate(), command.reason(), clock.instant()));
        return currentVersion();
    }

    /** A new due date, revised or asked for: the version the writer saw, an open action, and a date other than the one it has. */
    private void requireNewDueDate(Long expectedVersion, LocalDate dueDate, String change) {
        requireVersion(expectedVersion);
        requireOpen(change);
        if (dueDate.equals(state.dueDate())) {
            throw ActionRefused.UNCHANGED.because("Action " + actionId + " is already due on " + state.dueDate() + ".");
        }
    }

    @CommandHandler
    long handle(CorrectActionWording command, Clock clock) {
        requireVersion(command.expectedVersion());
        if (command.title().equals(state.title())) {
            throw ActionRefused.UNCHANGED.because("Action " + actionId + " is already worded \"" + state.title() + "\".");
        }
        apply(new ActionWordingCorrected(actionId, state.title(), command.title(), command.reason(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(CompleteAction command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireOpen("completed");
        apply(new ActionCompleted(actionId, command.outcome(), command.evidence(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(ReopenAction command, Clock clock) {
        requireVersion(command.expectedVersion());
        if (state.open()) {
            throw ActionRefused.ALREADY_OPEN.because("Action " + actionId
                    + " is open; only a completed or cancelled action can be reopened.");
        }
        apply(new ActionReopened(actionId, command.reason(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(CancelAction command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireOpen("cancelled");
        apply(new ActionCancelled(actionId, command.reason(), clock.instant()));
        return currentVersion();
    }

    @EventSourcingHandler
    void on(ActionRaised event) {
        actionId = event.actionId();
        raisedAs = event;
        state = event.applyTo(null);
    }

    /** Every later event, as ActionState defines it (so a new kind of event cannot be left out here). */
    @EventSourcingHandler
    void on(ActionEvent event) {
        state = event.applyTo(state);
    }

    Action() {
        // for Axon: state comes from the event-sourcing handlers
    }

    private boolean sameContent(RaiseAction command) {
        return Objects.equals(raisedAs.title(), command.title())
                && Objects.equals(raisedAs.description(), command.description())
                && Objects.equals(raisedAs.ownerName(), command.ownerName())
                && Objects.equals(raisedAs.owningAgency(), command.owningAgency())
                && Objects.equals(raisedAs.dueDate(), command.dueDate())
                && Objects.equals(raisedAs.source(), command.source());
    }

    private void requireVersion(Long expectedVersion) {
        CommandChecks.requireVersion(expectedVersion, "Action " + actionId);
    }

    private void requireOpen(String attempted) {
        if (!state.open()) {
            throw ActionRefused.NOT_OPEN.because("Action " + actionId + " is " + state.status().name().toLowerCase(Locale.ROOT)
                    + "; it cannot be " + attempted + ". Reopen it first if the work continues.");
        }
    }

    private static void requireValidSource(ActionSource source) {
        if (source == null || source.kind() == null) {
            throw new InvalidFieldException("source.kind", "is required: MEETING_MINUTE, DHR or AD_HOC");
        }
        if (source.kind() != SourceKind.AD_HOC && (source.reference() == null || source.reference().isBlank())) {
            throw new InvalidFieldException("source.reference",
                    "must name the minute or the review the action comes from");
        }
    }
}
