package org.saferboard.web.action;

import static org.saferboard.web.FormField.date;
import static org.saferboard.web.FormField.text;
import static org.saferboard.web.FormField.textarea;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saferboard.api.action.commands.CancelAction;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.api.action.commands.CorrectActionWording;
import org.saferboard.api.action.commands.ReassignAction;
import org.saferboard.api.action.commands.RecordActionProgress;
import org.saferboard.api.action.commands.ReopenAction;
import org.saferboard.api.action.commands.RequestActionDueDate;
import org.saferboard.api.action.commands.ReviseActionDueDate;
import org.saferboard.api.action.views.ActionDetails;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;

/**
 * Each change an action's page offers, as a form: its address under the action's page, the API endpoint whose
 * access rule decides who is offered it, whether it is for open or closed actions, its fields and the command
 * it sends. The commands' own field rules check what is typed.
 */
enum ActionChange {

    PROGRESS("progress", "progress", "Record progress", "Record progress", true,
            List.of(textarea("note", "Progress note", "What has been done since the last update, at most 4,000 characters"),
                    date("progressDate", "Date of the progress (optional)", "Leave empty for today. For example, 27 3 2027"))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new RecordActionProgress(actionId, form.text("note"), form.date("progressDate"), expectedVersion);
        }
    },
    COMPLETE("complete", "complete", "Complete the action", "Complete the action", true,
            List.of(textarea("outcome", "Outcome", "What was done"),
                    textarea("evidence", "Evidence (optional)", "For example, the e-mail or report that shows it"))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new CompleteAction(actionId, form.text("outcome"), form.text("evidence"), expectedVersion);
        }
    },
    REQUEST_DUE_DATE("due-date-request", "due-date-requests", "Ask for a new due date", "Ask for a new due date", true,
            List.of(date("dueDate", "New due date", null),
                    textarea("reason", "Why it needs more time", null))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new RequestActionDueDate(actionId, form.date("dueDate"), form.text("reason"), expectedVersion);
        }
    },
    REVISE_DUE_DATE("due-date", "due-date", "Revise the due date", "Revise the due date", true,
            List.of(date("dueDate", "New due date", null), textarea("reason", "Reason", null))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new ReviseActionDueDate(actionId, form.date("dueDate"), form.text("reason"), expectedVersion);
        }
    },
    REASSIGN("reassign", "reassign", "Reassign the action", "Reassign", true,
            List.of(text("ownerName", "New owner", "A person's name"), text("owningAgency", "Their agency", null),
                    textarea("reason", "Reason (optional)", null))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new ReassignAction(actionId, form.text("ownerName"), form.text("owningAgency"), form.text("reason"),
                    expectedVersion);
        }
    },
    CANCEL("cancel", "cancel", "Cancel the action", "Cancel the action", true,
            List.of(textarea("reason", "Why it is cancelled", null))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new CancelAction(actionId, form.text("reason"), expectedVersion);
        }
    },
    REOPEN("reopen", "reopen", "Reopen the action", "Reopen", false,
            List.of(textarea("reason", "Why it is reopened", null))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new ReopenAction(actionId, form.text("reason"), expectedVersion);
        }
    },
    WORDING("wording", "wording", "Correct the wording", "Correct the wording", null,
            List.of(text("title", "Corrected title", null), textarea("reason", "Why it is corrected", "For example, what the minutes said"))) {
        @Override
        Object command(String actionId, Form form, Long expectedVersion) {
            return new CorrectActionWording(actionId, form.text("title"), form.text("reason"), expectedVersion);
        }
    };

    private final String path;
    private final String apiPath;
    private final String heading;
    private final String button;
    /** true for open actions only, false for closed ones only, null for both. */
    private final Boolean forOpen;
    private final List<FormField> fields;

    ActionChange(String path, String apiPath, String heading, String button, Boolean forOpen, List<FormField> fields) {
        this.path = path;
        this.apiPath = apiPath;
        this.heading = heading;
        this.button = button;
        this.forOpen = forOpen;
        this.fields = fields;
    }

    abstract Object command(String actionId, Form form, Long expectedVersion);

    static Optional<ActionChange> atPath(String path) {
        return Arrays.stream(values()).filter(change -> change.path.equals(path)).findFirst();
    }

    /** The API request whose rule decides who may make this change. */
    String apiPath(String actionId) {
        return "/api/actions/" + actionId + "/" + apiPath;
    }

    boolean appliesTo(boolean open) {
        return forOpen == null || forOpen == open;
    }

    /** The change's page for this action. */
    CommandForm page(ActionDetails action) {
        String actionPage = "/actions/" + action.actionId();
        return new CommandForm(action.title(), heading, button, actionPage + "/" + path, actionPage, fields);
    }

    public String path() {
        return path;
    }

    public String heading() {
        return heading;
    }
}
