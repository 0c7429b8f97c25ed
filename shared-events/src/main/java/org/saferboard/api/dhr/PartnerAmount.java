package org.saferboard.api.dhr;

import jakarta.validation.constraints.Positive;
import org.saferboard.api.rules.Text;

/** An amount for one contributing partner, e.g. Leicestershire Police, 1600000 pence. */
public record PartnerAmount(
        @Text String partner,
        @Positive long amountPence) {
}
