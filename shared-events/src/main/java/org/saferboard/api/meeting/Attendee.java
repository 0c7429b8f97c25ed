package org.saferboard.api.meeting;

import jakarta.validation.constraints.Size;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** Someone named in a meeting's attendance, e.g. "Cllr. Michael Rickman", "CSP Strategy Group Chair", "Harborough District Council". */
public record Attendee(@Text String name, @Size(max = FieldRules.TEXT) String role,
                       @Size(max = FieldRules.TEXT) String organisation) {
}
