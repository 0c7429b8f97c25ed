package org.saferboard.api.dhr;

/** One contributing partner's statement: agreed, called in and paid, year by year. */
public record FindPartnerStatement(String fundId, String partner) {
}
