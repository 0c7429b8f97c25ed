package org.saferboard.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.saferboard.api.ReadPosition;
import org.saferboard.query.audit.AuditEntry;
import org.saferboard.query.audit.AuditTrailProjection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every change page behaves: shown with its fields; when sent, its command goes on the command bus and the
 * browser is sent on to the case's page (POST-redirect-GET), which waits until the read models hold the change
 * and says it was done; a refused form is shown again with what was typed and why; a form filled in against an
 * older version of the case says who changed the case meanwhile, and is shown again against the current version.
 */
@Component
public class FormPages {

    public static final String VIEW = "command-form";
    /** The flash attribute a case's page reads to wait for the change: its position (case id @ version). */
    public static final String READ_AFTER = "readAfter";
    /** The flash attribute the layout shows as the success banner. */
    public static final String CHANGED = "changed";

    private static final long TRAIL_WAIT_MILLIS = 3_000;
    /** How many of the changes made meanwhile a stale form tells of, the newest. */
    private static final int CHANGES_TOLD = 3;

    private final Commands commands;
    private final AuditTrailProjection auditTrail;

    FormPages(Commands commands, AuditTrailProjection auditTrail) {
        this.commands = commands;
        this.auditTrail = auditTrail;
    }

    public String show(Model model, CommandForm page, Form form) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        return VIEW;
    }

    /**
     * Sends the command built from the form, unless the form already has errors of its own.
     *
     * @param caseId      the case the command changes, for a stale form's message
     * @param renamed     command properties whose errors belong to a form field of another name
     * @param readAfter   from the command's answer, the position the next page must wait for
     * @param done        the success banner's words
     * @param next        the page to go to after success
     */
    public String submit(Model model, RedirectAttributes redirect, CommandForm page, Form form, Object command, String caseId,
                         Map<String, String> renamed, Function<Object, ReadPosition> readAfter, String done, String next) {
        try {
            Optional<Object> answer = commands.sendUnlessRefused(command, form, Commands.fields(renamed));
            if (answer.isPresent()) {
                redirect.addFlashAttribute(READ_AFTER, readAfter.apply(answer.get()).toString());
                redirect.addFlashAttribute(CHANGED, done);
                return "redirect:" + next;
            }
        } catch (Commands.StaleForm stale) {
            form.rejectForm(changedMeanwhile(caseId, form.expectedVersionSeen(), stale.currentVersion()));
            form.withValue("expectedVersion", Long.toString(stale.currentVersion()));
        }
        return show(model, page, form);
    }

    /** The position a case's page waits for, when it follows a change (POST-redirect-GET); null otherwise. */
    public static String readAfter(Model model) {
        return model.getAttribute(READ_AFTER) instanceof String position ? position : null;
    }

    /** The usual answer of a change: the case's new version. */
    public static Function<Object, ReadPosition> newVersionOf(String caseId) {
        return version -> new ReadPosition(caseId, (Long) version);
    }

    /**
     * Who changed the case after the form was opened, and how, from the audit trail, once the trail holds the
     * current version (it is a projection, a moment behind the store, and in the split deployment kept by
     * another process): this rare answer waits up to {@link #TRAIL_WAIT_MILLIS} on the request's thread, then
     * says what the trail holds.
     */
    private String changedMeanwhile(String caseId, Long seenVersion, long currentVersion) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TRAIL_WAIT_MILLIS);
        while (auditTrail.versionOf(caseId) < currentVersion && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<AuditEntry> meanwhile = auditTrail.newest(new AuditTrailProjection.Criteria(null, caseId, null, null, null, null),
                        CHANGES_TOLD).stream()
                .filter(entry -> seenVersion == null || entry.version() > seenVersion).toList();
        StringBuilder message = new StringBuilder("Nothing was saved: this changed after you opened the form.");
        meanwhile.forEach(entry -> message.append(' ')
                .append(entry.who() == null ? AuditEntry.BEFORE_SIGN_IN : entry.who().displayName())
                .append(" (").append(entry.recordedAtLondon().toLocalDate()).append(' ')
                .append(entry.recordedAtLondon().toLocalTime().withNano(0)).append("): ").append(entry.what()).append('.'));
        return message.append(" Check it as it is now (version ").append(currentVersion)
                .append("), then send your change again if it is still needed.").toString();
    }
}
