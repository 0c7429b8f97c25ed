package org.saferboard.query.audit;

import java.util.List;

/** A page of the audit trail, oldest first, with how many entries meet the criteria in all. */
public record AuditTrailPage(List<AuditEntry> entries, int page, int size, long totalEntries) {
}
