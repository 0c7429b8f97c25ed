package org.saferboard.api.dhr.queries;

/** One contributing partner's statement: agreed, called in and paid, year by year. */
public record FindPartnerStatement(String fundId, String partner) {
}
