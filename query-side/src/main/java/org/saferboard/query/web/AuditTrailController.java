package org.saferboard.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.saferboard.query.audit.AuditEntry;
import org.saferboard.query.audit.AuditTrailPage;
import org.saferboard.query.audit.AuditTrailProjection;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail across every case, or one case's, filtered by person, kind of change and dates: JSON pages or CSV. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Audit trail")
class AuditTrailController {

    /** The most rows one CSV download holds; narrow the criteria for more. */
    static final int MOST_CSV_ROWS = 100_000;
    private static final String[] CSV_HEADER = {"recorded at (Europe/London)", "recorded at (UTC)", "case kind", "case id", "version",
        "change", "who", "user id", "role", "what", "why", "request id"};

    private final AuditTrailProjection auditTrail;

    AuditTrailController(AuditTrailProjection auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/audit-trail")
    @Operation(summary = "The audit trail, oldest first",
            description = "Every recorded change: when, who (and the role they acted under), what in plain words, and why. "
                    + "from and to are dates in Europe/London, both included.")
    AuditTrailPage find(
            @Parameter(example = "Action") @RequestParam(required = false) @Size(min = 1, max = 64) String caseKind,
            @Parameter(example = "iom-districts") @RequestParam(required = false) @Size(min = 1, max = 128) String caseId,
            @Parameter(description = "a username", example = "anita.chavda") @RequestParam(required = false) @Size(min = 1, max = 64) String person,
            @Parameter(description = "the kind of change", example = "ActionDueDateRevised")
            @RequestParam(required = false) @Size(min = 1, max = 100) String change,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return auditTrail.find(criteria(caseKind, caseId, person, change, from, to), page, size);
    }

    @GetMapping(value = "/audit-trail.csv", produces = "text/csv")
    @Operation(summary = "The audit trail as CSV, oldest first", description = "The same criteria; at most " + MOST_CSV_ROWS + " rows.")
    ResponseEntity<String> csv(
            @RequestParam(required = false) @Size(min = 1, max = 64) String caseKind,
            @RequestParam(required = false) @Size(min = 1, max = 128) String caseId,
            @RequestParam(required = false) @Size(min = 1, max = 64) String person,
            @RequestParam(required = false) @Size(min = 1, max = 100) String change,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        AuditTrailProjection.Criteria criteria = criteria(caseKind, caseId, person, change, from, to);
        String body = CsvFiles.csv(CSV_HEADER, row -> {
            for (AuditEntry entry : auditTrail.first(criteria, MOST_CSV_ROWS)) {
                row.print(entry.recordedAtLondon(), entry.recordedAt(), entry.caseKind(), entry.caseId(), entry.version(),
                        entry.change(), entry.whoInWords(), entry.who() == null ? "" : entry.who().userId(),
                        entry.who() == null ? "" : entry.who().role(), entry.what(), entry.why(), entry.requestId());
            }
        });
        return Downloads.csv("audit-trail" + (caseId == null ? "" : "-" + caseId), body);
    }

    private static AuditTrailProjection.Criteria criteria(String caseKind, String caseId, String person, String change,
                                                          LocalDate from, LocalDate to) {
        return AuditTrailProjection.Criteria.between(caseKind, caseId, person, change, from, to);
    }
}
