package org.saferboard.command;

import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a command refused on the bus for breaking a field rule on the named field (its property path). */
public final class BrokenFieldRule extends TypeSafeMatcher<JSR303ViolationException> {

    private final String field;

    private BrokenFieldRule(String field) {
        this.field = field;
    }

    public static Matcher<JSR303ViolationException> on(String field) {
        return new BrokenFieldRule(field);
    }

    @Override
    protected boolean matchesSafely(JSR303ViolationException exception) {
        return exception.getViolations().stream().anyMatch(violation -> violation.getPropertyPath().toString().equals(field));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a field rule broken on " + field);
    }
}
