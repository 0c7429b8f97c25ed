package org.saferboard.command;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its stable code, the part of a refusal the API's clients rely on. */
public final class RefusedWith extends TypeSafeMatcher<CaseRefusal> {

    private final Class<? extends CaseRefusal> type;
    private final String code;

    private RefusedWith(Class<? extends CaseRefusal> type, String code) {
        this.type = type;
        this.code = code;
    }

    public static RefusedWith refusedWith(Class<? extends CaseRefusal> type, String code) {
        return new RefusedWith(type, code);
    }

    @Override
    protected boolean matchesSafely(CaseRefusal refusal) {
        return type.isInstance(refusal) && code.equals(refusal.code());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText(type.getSimpleName() + " with code " + code);
    }

    @Override
    protected void describeMismatchSafely(CaseRefusal refusal, Description description) {
        description.appendText(refusal.getClass().getSimpleName() + " with code " + refusal.code() + ": " + refusal.getMessage());
    }
}
