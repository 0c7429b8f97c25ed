package org.saferboard.infrastructure.security;

import static org.saferboard.api.people.Role.ADMIN;
import static org.saferboard.api.people.Role.AUDITOR;
import static org.saferboard.api.people.Role.DHR_COORDINATOR;
import static org.saferboard.api.people.Role.FINANCE;
import static org.saferboard.api.people.Role.OFFICER;
import static org.saferboard.api.people.Role.SECRETARIAT;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saferboard.api.people.Role;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call each endpoint of the API: the one table of SaferBoard's access rules (the README shows the
 * same table). The first rule whose method and path match a request decides; a request under /api that no
 * rule matches is refused. An OFFICER allowed by a rule marked "own actions" is further held by the Action
 * aggregate to actions owned by them or their agency.
 */
public final class AccessRules {

    /**
     * The order in which a user's roles are tried: the role that allowed a request is the first of these that
     * the rule admits, so a user who is both SECRETARIAT and OFFICER acts as SECRETARIAT, unrestricted.
     */
    private static final List<Role> PRECEDENCE = List.of(SECRETARIAT, DHR_COORDINATOR, FINANCE, ADMIN, AUDITOR, OFFICER);

    public record Rule(String method, PathPattern path, Set<Role> roles, String what) {

        boolean matches(String requestMethod, String requestPath) {
            return method.equals(requestMethod) && path.matches(PathContainer.parsePath(requestPath));
        }

        /** The role a user holding these roles acts under, if the rule admits any of them. */
        public Optional<Role> roleUsed(Collection<Role> held) {
            return PRECEDENCE.stream().filter(roles::contains).filter(held::contains).findFirst();
        }
    }

    private static final Set<Role> READS_ACTIONS = EnumSet.of(OFFICER, SECRETARIAT, DHR_COORDINATOR, AUDITOR);
    private static final Set<Role> READS_MEETINGS = EnumSet.of(OFFICER, SECRETARIAT, AUDITOR);
    private static final Set<Role> READS_REVIEWS = EnumSet.of(DHR_COORDINATOR, AUDITOR);
    private static final Set<Role> READS_ALLOCATIONS = EnumSet.of(FINANCE, DHR_COORDINATOR, AUDITOR);
    private static final Set<Role> READS_FUND = EnumSet.of(FINANCE, AUDITOR);
    private static final Set<Role> READS_PERFORMANCE = EnumSet.of(OFFICER, SECRETARIAT, DHR_COORDINATOR, FINANCE, AUDITOR);
    private static final Set<Role> READS_PEOPLE = EnumSet.of(ADMIN, AUDITOR);

    private static final List<Rule> RULES = List.of(
            rule("GET", "/api/actions/**", READS_ACTIONS, "list and read actions and their history"),
            rule("POST", "/api/actions", EnumSet.of(OFFICER, SECRETARIAT), "raise an action"),
            rule("POST", "/api/actions/{actionId}/progress", EnumSet.of(OFFICER, SECRETARIAT), "record progress (officers: own actions)"),
            rule("POST", "/api/actions/{actionId}/complete", EnumSet.of(OFFICER, SECRETARIAT), "complete an action (officers: own actions)"),
            rule("POST", "/api/actions/{actionId}/due-date-requests", EnumSet.of(OFFICER, SECRETARIAT),
                    "ask for a new due date (officers: own actions)"),
            rule("POST", "/api/actions/{actionId}/**", EnumSet.of(SECRETARIAT), "reassign, re-date, cancel, reopen or reword an action"),

            rule("GET", "/api/meetings/**", READS_MEETINGS, "read meetings, minutes, resolutions and the Action Log at a meeting"),
            rule("POST", "/api/meetings/{meetingId}/actions", EnumSet.of(OFFICER, SECRETARIAT), "raise an action at a meeting"),
            rule("POST", "/api/meetings/**", EnumSet.of(SECRETARIAT), "schedule meetings; record agenda items, amendments, confirmation"),
            rule("PUT", "/api/meetings/**", EnumSet.of(SECRETARIAT), "record minutes, resolutions, attendance"),

            rule("GET", "/api/reviews/**", READS_REVIEWS, "read reviews and their action plans"),
            rule("POST", "/api/reviews/**", EnumSet.of(DHR_COORDINATOR), "record a notified death; run its review and action plan"),
            rule("PUT", "/api/reviews/**", EnumSet.of(DHR_COORDINATOR), "appoint a review's chair"),

            rule("GET", "/api/dhr-funds/{fundId}/allocations", READS_ALLOCATIONS, "read the fund's allocations to reviews"),
            rule("GET", "/api/dhr-funds/{fundId}/allocations.csv", READS_ALLOCATIONS, "download the fund's allocations"),
            rule("GET", "/api/dhr-funds/**", READS_FUND, "read the fund's ledgers"),
            rule("POST", "/api/dhr-funds/**", EnumSet.of(FINANCE), "open the fund; record receipts, drawdowns, allocations, spending, year ends"),
            rule("PUT", "/api/dhr-funds/**", EnumSet.of(FINANCE), "agree a year's contributions"),

            rule("GET", "/api/performance/**", READS_PERFORMANCE, "read the performance dashboard, its trends and its CSV"),
            rule("POST", "/api/performance/**", EnumSet.of(SECRETARIAT), "define outcomes and indicators; record and revise figures"),
            rule("PUT", "/api/performance/**", EnumSet.of(SECRETARIAT), "record an outcome's rating for a quarter"),

            rule("GET", "/api/users/**", READS_PEOPLE, "read users, their roles and their changes"),
            rule("POST", "/api/users/**", EnumSet.of(ADMIN), "create a user; change their roles, agency, password or access"),

            rule("GET", "/api/signed-in", EnumSet.allOf(Role.class), "see who you are signed in as, with which roles"),
            rule("GET", "/api/audit-trail", EnumSet.of(AUDITOR, ADMIN), "read the audit trail"),
            rule("GET", "/api/audit-trail.csv", EnumSet.of(AUDITOR, ADMIN), "download the audit trail"),
            rule("GET", "/api/event-log/head", EnumSet.of(AUDITOR, ADMIN), "read the event log's hash chain head"),
            rule("GET", "/api/event-log/verification", EnumSet.of(AUDITOR, ADMIN), "verify the event log's hash chain"),
            rule("GET", "/api/event-log/backup", EnumSet.of(ADMIN), "back up the whole event log"),
            rule("GET", "/api/read-models", EnumSet.of(ADMIN), "see each read model's progress through the event log"),
            rule("POST", "/api/read-models/**", EnumSet.of(ADMIN), "rebuild read models from the event log, or cancel a rebuild"));

    private AccessRules() {
    }

    private static Rule rule(String method, String pattern, Set<Role> roles, String what) {
        return new Rule(method, PathPatternParser.defaultInstance.parse(pattern), Set.copyOf(roles), what);
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** The rule that decides a request, if any; HEAD is decided as GET. */
    public static Optional<Rule> ruleFor(String method, String path) {
        String decidingMethod = "HEAD".equals(method) ? "GET" : method;
        return RULES.stream().filter(rule -> rule.matches(decidingMethod, path)).findFirst();
    }
}
