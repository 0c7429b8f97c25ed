package org.saferboard.api.meeting;

/** Someone named in a meeting's attendance, e.g. "Cllr. Michael Rickman", "CSP Strategy Group Chair", "Harborough District Council". */
public record Attendee(String name, String role, String organisation) {
}
