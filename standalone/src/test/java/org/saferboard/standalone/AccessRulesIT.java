package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.security.AccessRules;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API (listed from the application's own handler mappings, so a new endpoint without
 * a rule fails here) against every role and no sign-in at all: allowed where {@link AccessRules} says so,
 * 401 without credentials, 403 for a role the rule does not admit; and a refused write stores nothing.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesIT extends StandaloneOverHttp {

    private static final String OFFICERS_AGENCY = "Leicestershire Police";
    private static final Map<String, String> PATH_VALUES = Map.ofEntries(
            Map.entry("actionId", "officers-action"), Map.entry("meetingId", "a-meeting"), Map.entry("minuteNumber", "1"),
            Map.entry("reviewId", "a-review"), Map.entry("fundId", "a-fund"), Map.entry("financialYear", "2019-20"),
            Map.entry("allocationId", "an-allocation"), Map.entry("username", "someone"), Map.entry("boardId", "LSCSB"),
            Map.entry("outcomeId", "an-outcome"), Map.entry("indicatorId", "an-indicator"), Map.entry("quarter", "2014-15-Q4"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    MongoDatabase database;

    private final Map<Role, Http> signedIn = new LinkedHashMap<>();
    private Http anonymous;

    @BeforeAll
    void usersAndCases() {
        Http admin = Http.admin(port);
        Http tester = new Http(port);
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                String username = "as-" + role.name().toLowerCase().replace('_', '-');
                assertThat(admin.post("/api/users", TestUsers.newUser(username, "User " + role, OFFICERS_AGENCY, role.name())).status())
                        .isEqualTo(201);
                signedIn.put(role, Http.as(port, username, TestUsers.PASSWORD));
            }
        }
        signedIn.put(Role.ADMIN, admin);
        anonymous = Http.anonymous(port);
        assertThat(admin.post("/api/users", TestUsers.newUser("someone", "Some One", "Rutland County Council", "OFFICER")).status())
                .isEqualTo(201);
        assertThat(tester.post("/api/actions", """
                {"actionId":"officers-action","title":"Break down offenders by District","ownerName":"Chris Barratt",
                 "owningAgency":"Leicestershire Police","dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""").status()).isEqualTo(201);
        assertThat(tester.post("/api/meetings", """
                {"meetingId":"a-meeting","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","venue":"County Hall",
                 "chairName":"Mr. J. T. Orson JP CC"}""").status()).isEqualTo(201);
        assertThat(tester.post("/api/reviews", """
                {"reviewId":"a-review","caseReference":"LR-DHR-2019-07","pseudonym":"Mary","dateOfDeath":"2019-05-02",
                 "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}""").status()).isEqualTo(201);
        assertThat(tester.post("/api/dhr-funds", """
                {"fundId":"a-fund","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}""").status()).isEqualTo(201);
    }

    private record Cell(ApiEndpoint endpoint, String path, String who, int status, boolean allowed) {
    }

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsWhatTheRuleSays() {
        List<ApiEndpoint> endpoints = ApiEndpoint.all(handlerMapping);
        assertThat(endpoints).as("endpoints found in the handler mappings").hasSizeGreaterThan(50);
        List<String> withoutRule = endpoints.stream()
                .filter(endpoint -> AccessRules.ruleFor(endpoint.method().name(), endpoint.path(PATH_VALUES)).isEmpty())
                .map(endpoint -> endpoint.method() + " " + endpoint.pattern()).toList();
        assertThat(withoutRule).as("endpoints no access rule covers; add them to AccessRules and the README").isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> new Http(port).get("/api/reviews/a-review").status() == 200);
        long eventsBefore = storedEvents();
        Document usersBefore = usersSnapshot();

        List<String> wrong = new ArrayList<>();
        List<Cell> refusedWrites = new ArrayList<>();
        // the refused cells first: nothing they send may be stored, which the counts below check
        for (boolean allowedTurn : new boolean[] {false, true}) {
            for (ApiEndpoint endpoint : endpoints) {
                String path = endpoint.path(PATH_VALUES);
                AccessRules.Rule rule = AccessRules.ruleFor(endpoint.method().name(), path).orElseThrow();
                if (!allowedTurn) {
                    Cell cell = send(anonymous, "anonymous", endpoint, path, false);
                    check(cell, 401, wrong);
                    refusedWrites.add(cell);
                }
                for (Map.Entry<Role, Http> user : signedIn.entrySet()) {
                    boolean allowed = rule.roles().contains(user.getKey());
                    if (allowed == allowedTurn) {
                        Cell cell = send(user.getValue(), user.getKey().name(), endpoint, path, allowed);
                        check(cell, allowed ? 0 : 403, wrong);
                    }
                }
            }
            if (!allowedTurn) {
                assertThat(storedEvents()).as("events stored by refused requests").isEqualTo(eventsBefore);
                assertThat(usersSnapshot()).as("users changed by refused requests").isEqualTo(usersBefore);
            }
        }
        assertThat(wrong).as(wrong.size() + " cells of endpoint x role answered otherwise than the rules say").isEmpty();
        assertThat(refusedWrites).hasSizeGreaterThan(50);
    }

    @Test
    void fiveFailedSignInsInARowLockTheAccountUntilAnAdministratorResetsItsPassword() {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", TestUsers.newUser("guessed", "Guessed At", OFFICERS_AGENCY, "OFFICER")).status()).isEqualTo(201);
        Http guesser = Http.as(port, "guessed", "not the password at all");
        Http owner = Http.as(port, "guessed", TestUsers.PASSWORD);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(guesser.get("/api/actions").status()).isEqualTo(401);
        }
        assertThat(owner.get("/api/actions").status()).as("after four failures").isEqualTo(200);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(guesser.get("/api/actions").status()).isEqualTo(401);
        }
        Http.Response locked = owner.get("/api/actions");
        Http.Response noSuchUser = Http.as(port, "nobody-at-all", TestUsers.PASSWORD).get("/api/actions");

        assertThat(locked.status()).as("the right password, locked").isEqualTo(401);
        assertThat(locked.body()).as("a locked account answers as an unknown one").isEqualTo(noSuchUser.body());
        assertThat(admin.get("/api/users/guessed").body().findValuesAsText("what")).anyMatch(what -> what.startsWith("locked until"));
        assertThat(admin.post("/api/users/guessed/password", "{\"password\":\"" + TestUsers.PASSWORD + "\"}").status()).isEqualTo(200);
        assertThat(owner.get("/api/actions").status()).as("after the reset").isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Http.Response> answers = List.of(new Http(port).get("/api/actions"), anonymous.get("/api/actions"),
                signedIn.get(Role.OFFICER).get("/api/reviews"), new Http(port).get("/api/nothing-here"), anonymous.get("/actuator/health"),
                new Http(port).post("/api/actions", "{"));
        for (Http.Response answer : answers) {
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("X-Request-Id")).isNotBlank();
            assertThat(answer.header("Strict-Transport-Security")).as("HSTS only over TLS").isNull();
        }
        assertThat(answers).extracting(Http.Response::status).containsExactly(200, 401, 403, 403, 200, 400);
    }

    private Cell send(Http as, String who, ApiEndpoint endpoint, String path, boolean allowed) {
        int status = as.request(endpoint.method().name(), path, endpoint.writes() ? "{}" : null, Map.of()).status();
        return new Cell(endpoint, path, who, status, allowed);
    }

    /** @param expected 401 or 403 for a refusal; 0 for an allowed request, which may answer anything but those two */
    private static void check(Cell cell, int expected, List<String> wrong) {
        boolean right = expected == 0 ? cell.status() != 401 && cell.status() != 403 : cell.status() == expected;
        if (!right) {
            wrong.add(cell.endpoint().method() + " " + cell.path() + " as " + cell.who() + ": " + cell.status()
                    + (expected == 0 ? " (allowed by the rules)" : " (expected " + expected + ")"));
        }
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments();
    }

    private Document usersSnapshot() {
        Document snapshot = new Document();
        database.getCollection("users").find().forEach(user -> snapshot.append(user.getString("_id"),
                Optional.ofNullable(user.get("version")).orElse(0L)));
        return snapshot;
    }
}
