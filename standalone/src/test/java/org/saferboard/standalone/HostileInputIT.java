package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.api.Pence;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API, listed from the application's own handler mappings (so an endpoint
 * added later is covered, or this test names the path variable it cannot fill), is sent malformed,
 * mistyped, oversized, deeply nested, out-of-range and malicious input: each answer is a 4xx
 * application/problem+json without a stack trace, and the cases the requests named are unchanged.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT extends StandaloneOverHttp {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** A value for every path variable the API uses: the fixture's cases. */
    private static final Map<String, String> PATH_VALUES = Map.ofEntries(
            Map.entry("actionId", "h-action"), Map.entry("meetingId", "h-meeting"), Map.entry("minuteNumber", "1"),
            Map.entry("reviewId", "h-review"), Map.entry("fundId", "h-fund"), Map.entry("financialYear", "2019-20"),
            Map.entry("year", "2019-20"), Map.entry("allocationId", "h-allocation"), Map.entry("username", "h-user"),
            Map.entry("boardId", "LSCSB"), Map.entry("outcomeId", "h-outcome"), Map.entry("indicatorId", "h-indicator"),
            Map.entry("quarter", "2014-15-Q4"));
    private static final List<String> HOSTILE_IDS = List.of("a%2Fb", "..", ".", "%24where", "a%00b", "a%5Cb", "x".repeat(1_000),
            "%7B%22%24ne%22%3Anull%7D");
    private static final List<String> READS_OF_THE_FIXTURE = List.of("/api/actions/h-action", "/api/actions?size=200",
            "/api/meetings/h-meeting", "/api/reviews/h-review", "/api/dhr-funds/h-fund/ledger", "/api/dhr-funds/h-fund/allocations",
            "/api/dhr-funds/h-fund/contributions/2019-20", "/api/performance/boards/LSCSB/dashboard?quarter=2014-15-Q4");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private Http http;
    /** For the administrators' endpoints, which the tester may not call. */
    private Http admin;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @BeforeAll
    void theFixture() {
        http = new Http(port);
        admin = Http.admin(port);
        accepted(admin.post("/api/users", TestUsers.newUser("h-user", "Hostile Input", "Leicestershire Police", "OFFICER")));
        accepted(http.post("/api/actions", """
                {"actionId":"h-action","title":"Break down offenders by District","ownerName":"Chris Barratt",
                 "owningAgency":"Leicestershire Police","dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}"""));
        accepted(http.post("/api/meetings", """
                {"meetingId":"h-meeting","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","venue":"County Hall",
                 "chairName":"Mr. J. T. Orson JP CC"}"""));
        accepted(http.post("/api/meetings/h-meeting/agenda-items", "{\"minuteNumber\":1,\"title\":\"IOM\"}"));
        accepted(http.post("/api/reviews", """
                {"reviewId":"h-review","caseReference":"LR-DHR-2019-07","pseudonym":"Mary","dateOfDeath":"2019-05-02",
                 "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}"""));
        accepted(http.post("/api/dhr-funds", """
                {"fundId":"h-fund","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}"""));
        accepted(http.put("/api/dhr-funds/h-fund/contributions/2019-20", """
                {"contributions":[{"partner":"Leicestershire Police","amount":"1600.00"}],"resolutionReference":"Minute 7"}"""));
        accepted(http.post("/api/dhr-funds/h-fund/allocations", """
                {"allocationId":"h-allocation","amount":"300.00","purpose":"OTHER","description":"Training",
                 "resolutionReference":"Minute 30"}"""));
        accepted(http.post("/api/performance/outcomes", """
                {"outcomeId":"h-outcome","boardId":"LSCSB","title":"Ongoing reductions in crime","position":1}"""));
        accepted(http.post("/api/performance/outcomes/h-outcome/indicators", """
                {"indicatorId":"h-indicator","name":"Vehicle Crime rate","unit":"RATE_PER_1000","polarity":"LOWER_IS_BETTER",
                 "period":"ROLLING_12_MONTHS","county":"Leicestershire"}"""));
        accepted(http.post("/api/performance/outcomes/h-outcome/indicators/h-indicator/figures", """
                {"area":"Leicestershire","quarter":"2014-15-Q4","value":6.35}"""));
    }

    private static void accepted(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 201);
    }

    /** Every answer to a hostile request: a 4xx problem that tells what is wrong and nothing of the server's insides. */
    private void refused(ApiEndpoint endpoint, String path, String what, Http.Response response) {
        refused(endpoint, path, what, response, 400, 499);
    }

    private void refused(ApiEndpoint endpoint, String path, String what, Http.Response response, int lowestStatus, int highestStatus) {
        requests++;
        String where = endpoint.method() + " " + path.substring(0, Math.min(path.length(), 120)) + " (" + what + ")";
        String body = response.body().toString();
        if (response.status() < lowestStatus || response.status() > highestStatus) {
            failures.add(where + " answered " + response.status() + ": " + body.substring(0, Math.min(body.length(), 300)));
        } else if (response.contentType() == null || !response.contentType().startsWith(PROBLEM_JSON)) {
            failures.add(where + " answered " + response.status() + " as " + response.contentType());
        } else if (response.body().path("status").asInt() != response.status()) {
            failures.add(where + " answered a problem whose status is not " + response.status() + ": " + body);
        } else if (body.contains("Exception") || body.contains("\\tat ") || body.contains("java.") || body.contains("org.spring")) {
            failures.add(where + " told of the server's insides: " + body);
        }
    }

    private Http.Response send(ApiEndpoint endpoint, String path, String body, Map<String, String> headers) {
        Http as = endpoint.pattern().startsWith("/api/users") ? admin : http;
        return as.request(endpoint.method().name(), path, endpoint.writes() ? body : null, headers);
    }

    @Test
    void everyEndpointRefusesHostileInputWithAProblemAndChangesNothing() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.get("/api/meetings/h-meeting").body().path("version").asLong()).isEqualTo(2);
            assertThat(http.get("/api/dhr-funds/h-fund/allocations").body().path("allocations")).hasSize(1);
            assertThat(http.get("/api/reviews/h-review").status()).isEqualTo(200);
            assertThat(http.get("/api/actions/h-action").status()).isEqualTo(200);
            assertThat(http.get("/api/performance/outcomes/h-outcome/indicators/h-indicator/trend").body().path("quarters")).hasSize(1);
        });
        Map<String, JsonNode> before = readFixture();
        List<ApiEndpoint> endpoints = ApiEndpoint.all(handlerMapping);
        assertThat(endpoints).as("endpoints found in the handler mappings").hasSizeGreaterThan(40);

        for (ApiEndpoint endpoint : endpoints) {
            String path = endpoint.path(PATH_VALUES);
            hostilePaths(endpoint);
            hostileQueries(endpoint, path);
            refused(endpoint, path, "Accept: application/xml",
                    send(endpoint, path, "{}", Map.of("Accept", "application/xml")));
            if (endpoint.writes()) {
                hostileBodies(endpoint, path);
            }
        }

        assertThat(failures).as(failures.size() + " of " + requests + " hostile requests were not refused well").isEmpty();
        assertThat(readFixture()).as("the cases the requests named").isEqualTo(before);
    }

    private void hostilePaths(ApiEndpoint endpoint) {
        for (String variable : endpoint.pathVariables()) {
            List<String> values = new ArrayList<>(HOSTILE_IDS);
            if (variable.equals("minuteNumber")) {
                values.addAll(List.of("1.5", "abc", "99999999999999999999", "-1"));
            }
            if (variable.toLowerCase().contains("year")) {
                values.addAll(List.of("9999-00", "-1-00", "2019-21", "2019/20"));
            }
            for (String hostile : values) {
                Map<String, String> pathValues = new LinkedHashMap<>(PATH_VALUES);
                pathValues.put(variable, hostile);
                String path = endpoint.path(pathValues);
                refused(endpoint, path, variable + " " + hostile.substring(0, Math.min(20, hostile.length())),
                        send(endpoint, path, "{}", Map.of()));
            }
        }
    }

    private void hostileQueries(ApiEndpoint endpoint, String path) {
        String separator = path.contains("?") ? "&" : "?";
        refused(endpoint, path, "operator in a parameter name", send(endpoint, path + separator + "owner%5B%24ne%5D=x", "{}", Map.of()));
        for (String parameter : endpoint.queryParameters()) {
            for (String hostile : List.of("a%00b", "bell%07", "%E2%80%AEgnp.exe")) {
                refused(endpoint, path, parameter + " with a control character",
                        send(endpoint, path + separator + parameter + "=" + hostile, "{}", Map.of()));
            }
        }
        if (endpoint.queryParameters().contains("readAfter")) {
            for (String position : List.of("h-action%4099999", "nobody%401", "no-version", "h-action%40-1")) {
                refused(endpoint, path, "readAfter " + position, send(endpoint, path + separator + "readAfter=" + position, "{}", Map.of()));
            }
        }
    }

    private void hostileBodies(ApiEndpoint endpoint, String path) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"title\": ");
        bodies.put("a list", "[]");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "123");
        bodies.put("an unknown field", "{\"unexpectedField\":1}");
        bodies.put("trailing text", "{} trailing");
        bodies.put("10,000-deep nesting", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        bodies.put("a duplicated field", "{\"reason\":\"a\",\"reason\":\"b\"}");
        Class<?> bodyType = endpoint.bodyType();
        if (bodyType != null && bodyType.isRecord()) {
            if (hasRequiredComponents(bodyType)) {
                bodies.put("nothing", "{}");
            }
            for (RecordComponent component : bodyType.getRecordComponents()) {
                bodies.putAll(hostileValues(component));
            }
        }
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            refused(endpoint, path, body.getKey(), send(endpoint, path, body.getValue(), Map.of()));
        }
        refused(endpoint, path, "text/plain", send(endpoint, path, "{}", Map.of("Content-Type", "text/plain")));
        byte[] overTheLimit = new byte[1024 * 1024 + 1];
        Arrays.fill(overTheLimit, (byte) ' ');
        // Over the limit is 413 Content Too Large whatever the body holds, before it is read as JSON.
        refused(endpoint, path, "over the limit", http.request(endpoint.method().name(), path, overTheLimit, Map.of()), 413, 413);
        byte[] twentyMebibytes = ("{\"title\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        refused(endpoint, path, "20 MiB", http.request(endpoint.method().name(), path, twentyMebibytes, Map.of()), 413, 413);
    }

    private static boolean hasRequiredComponents(Class<?> bodyType) {
        return Arrays.stream(bodyType.getRecordComponents()).anyMatch(component -> component.isAnnotationPresent(NotNull.class)
                || component.isAnnotationPresent(NotBlank.class) || component.isAnnotationPresent(NotEmpty.class));
    }

    /** Values of the wrong type, or of the right type but unacceptable, for one field of a request body. */
    private static Map<String, String> hostileValues(RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(name + " as an operator", "{\"" + name + "\":{\"$gt\":\"\"}}");
        if (type == String.class) {
            values.put(name + " as a number", "{\"" + name + "\":123}");
            values.put(name + " as true", "{\"" + name + "\":true}");
            for (String control : List.of("\\u0000", "\\u0007", "\\u001b[31m", "\\u202egnp.exe", "\\ud800")) {
                values.put(name + " with " + control, "{\"" + name + "\":\"text" + control + "\"}");
            }
            values.put(name + " of 200,000 characters", "{\"" + name + "\":\"" + "x".repeat(200_000) + "\"}");
            Pattern pattern = component.getAnnotation(Pattern.class);
            if (pattern != null && pattern.regexp().equals(Pence.AMOUNT_PATTERN)) {
                for (String money : List.of("\"-1.00\"", "\"0.001\"", "\"1e3\"", "\"99999999999999999999.99\"", "12.5")) {
                    values.put(name + " " + money, "{\"" + name + "\":" + money + "}");
                }
            }
        } else if (type == LocalDate.class) {
            for (String date : List.of("\"2015-02-30\"", "\"2019-13-01\"", "12345", "\"2019-01-01T00:00:00\"", "\"0000-01-01\"",
                    "\"10000-01-01\"", "\"-0001-01-01\"")) {
                values.put(name + " " + date, "{\"" + name + "\":" + date + "}");
            }
        } else if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            for (String number : List.of("1.5", "1e3", "\"1\"", "-1", "9223372036854775808", "true")) {
                values.put(name + " " + number, "{\"" + name + "\":" + number + "}");
            }
        } else if (type == Boolean.class || type == boolean.class) {
            values.put(name + " as 1", "{\"" + name + "\":1}");
            values.put(name + " as text", "{\"" + name + "\":\"true\"}");
        } else if (type.isEnum()) {
            values.put(name + " as a number", "{\"" + name + "\":0}");
            values.put(name + " unknown", "{\"" + name + "\":\"NOT_A_VALUE\"}");
        } else if (type == List.class) {
            values.put(name + " as an object", "{\"" + name + "\":{}}");
            values.put(name + " of nulls", "{\"" + name + "\":[null]}");
        }
        return values;
    }

    private Map<String, JsonNode> readFixture() {
        Map<String, JsonNode> cases = new LinkedHashMap<>();
        for (String path : READS_OF_THE_FIXTURE) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            cases.put(path, response.body());
        }
        return cases;
    }

    @Test
    void theSuiteCoversEveryWriteAndReadOfTheApi() {
        Set<String> covered = new TreeSet<>();
        ApiEndpoint.all(handlerMapping).forEach(endpoint -> covered.add(endpoint.method() + " " + endpoint.pattern()));
        assertThat(covered).contains("POST /api/actions", "POST /api/actions/{actionId}/progress", "GET /api/actions/{actionId}/history",
                "PUT /api/meetings/{meetingId}/agenda-items/{minuteNumber}/resolution", "POST /api/dhr-funds/{fundId}/allocations",
                "GET /api/dhr-funds/{fundId}/partner-statement.csv", "GET /api/reviews/{reviewId}");
    }
}
