package org.saferboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page with one form that sends one command about a case, as every change page draws it.
 *
 * @param caption    what the change is about (the case's title), above the heading
 * @param heading    the page's heading, which says what the form does
 * @param button     the submit button's words
 * @param action     where the form is sent
 * @param cancelHref the case's page
 * @param fields     its fields, in order
 */
public record CommandForm(String caption, String heading, String button, String action, String cancelHref, List<FormField> fields) {

    /** The form as first shown for a case at this version, which it carries so that a stale one is recognised. */
    public Form blankAt(long version) {
        return Form.empty(labels()).withValue("expectedVersion", Long.toString(version));
    }

    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach(field -> labels.put(field.name(), field.label()));
        return labels;
    }
}
