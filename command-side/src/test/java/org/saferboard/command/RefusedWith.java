package org.saferboard.command;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its reason, whose stable code is the part of a refusal the API's clients rely on. */
public final class RefusedWith extends TypeSafeMatcher<CaseRefusal> {

    private final RefusalReason reason;

    private RefusedWith(RefusalReason reason) {
        this.reason = reason;
    }

    public static RefusedWith refusedWith(RefusalReason reason) {
        return new RefusedWith(reason);
    }

    @Override
    protected boolean matchesSafely(CaseRefusal refusal) {
        return refusal.reason() == reason;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("refused with " + reason + " (" + reason.code() + ")");
    }

    @Override
    protected void describeMismatchSafely(CaseRefusal refusal, Description description) {
        description.appendText("refused with " + refusal.reason() + " (" + refusal.code() + "): " + refusal.getMessage());
    }
}
