package org.saferboard.api.dhr;

/** An amount for one contributing partner, e.g. Leicestershire Police, 1600000 pence. */
public record PartnerAmount(
        String partner,
        long amountPence) {
}
