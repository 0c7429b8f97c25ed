package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Input that used to be converted, stored or answered wrongly: values of the wrong JSON type, dates
 * out of range or with a time, control and bidi characters, unacceptable Accept headers (answered
 * only after the change was stored), bodies over the limit, and errors the servlet container
 * answered itself. Each is refused with a 4xx problem+json and changes nothing.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputIT extends StandaloneOverHttp {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ACTION = "strict-action";


    private Http http;

    @BeforeAll
    void anActionAMeetingAndAFund() {
        http = new Http(port);
        assertThat(http.post("/api/actions", raise(ACTION, "\"2019-12-06\"", "\"Break down offenders by District\"")).status())
                .isEqualTo(201);
        assertThat(http.post("/api/meetings", """
                {"meetingId":"strict-meeting","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","venue":"County Hall",
                 "chairName":"Mr. J. T. Orson JP CC"}""").status()).isEqualTo(201);
        assertThat(http.post("/api/meetings/strict-meeting/agenda-items", "{\"minuteNumber\":1,\"title\":\"Item\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/dhr-funds", """
                {"fundId":"strict-fund","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}""").status())
                .isEqualTo(201);
    }

    private static String raise(String actionId, String dueDate, String title) {
        return """
                {"actionId":"%s","title":%s,"ownerName":"Chris Barratt","owningAgency":"Leicestershire Police","dueDate":%s,
                 "source":{"kind":"AD_HOC"}}""".formatted(actionId, title, dueDate);
    }

    /** A 400 problem naming the field, the reason containing the given words. */
    private static void invalidField(Http.Response response, String field, String reason) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains(field);
        assertThat(response.body().get("detail").asText()).contains(reason);
    }

    private void actionNotCreated(String actionId) {
        assertThat(http.get("/api/actions/" + actionId).status()).isEqualTo(404);
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNotConverted() {
        invalidField(http.post("/api/actions", raise("t1", "12345", "\"Title\"")), "dueDate", "must be a date written yyyy-MM-dd");
        invalidField(http.post("/api/actions", raise("t2", "\"2019-01-01T00:00:00\"", "\"Title\"")), "dueDate", "yyyy-MM-dd");
        invalidField(http.post("/api/actions", raise("t3", "\"2019-12-06\"", "123")), "title", "must be text in quotes, not a number");
        invalidField(http.post("/api/actions", raise("t4", "\"2019-12-06\"", "true")), "title", "not true or false");
        invalidField(http.post("/api/meetings/strict-meeting/agenda-items", "{\"minuteNumber\":1.5,\"title\":\"Item\"}"),
                "minuteNumber", "");
        invalidField(http.post("/api/meetings/strict-meeting/agenda-items", "{\"minuteNumber\":1e3,\"title\":\"Item\"}"),
                "minuteNumber", "");
        invalidField(http.post("/api/meetings/strict-meeting/agenda-items", "{\"minuteNumber\":\"2\",\"title\":\"Item\"}"),
                "minuteNumber", "");
        invalidField(http.post("/api/dhr-funds", """
                {"fundId":"f2","name":"Fund","openedOn":"2019-04-01","openingBalance":5000}"""), "openingBalance", "not a number");
        invalidField(http.post("/api/actions", raise("t5", "\"2019-12-06\"", "\"Title\"").replace("}}", "},\"priority\":1}")),
                "priority", "is not a field of this request");
        for (String id : List.of("t1", "t2", "t3", "t4", "t5")) {
            actionNotCreated(id);
        }
        assertThat(http.get("/api/meetings/strict-meeting?readAfter=strict-meeting@2").body().get("items")).hasSize(1);
    }

    @Test
    void datesAndYearsOutsideThoseKeptAreRefused() {
        for (String date : List.of("0000-01-01", "-0001-01-01", "1899-12-31", "2201-01-01")) {
            invalidField(http.post("/api/actions", raise("d-" + date, "\"" + date + "\"", "\"Title\"")), "dueDate", "");
        }
        invalidField(http.post("/api/actions", raise("d-feb", "\"2019-02-30\"", "\"Title\"")), "dueDate", "yyyy-MM-dd");
        invalidField(http.request("PUT", "/api/dhr-funds/strict-fund/contributions/9999-00",
                "{\"contributions\":[{\"partner\":\"Police\",\"amount\":\"10.00\"}],\"resolutionReference\":\"Minute 7\"}",
                Map.of()), "financialYear", "from 1900-01 to 2199-00");
        invalidField(http.get("/api/meetings?from=0000-01-01"), "from", "from 1900-01-01 to 2200-12-31");
        invalidField(http.get("/api/meetings?to=2019-1-1"), "to", "yyyy-MM-dd");
    }

    @Test
    void controlAndReorderingCharactersInTextAreRefused() {
        for (String text : List.of("Invoice \\u202Egnp.exe\\u202C", "Bell \\u0007", "NUL \\u0000", "Escape \\u001b[31m", "Lone \\ud800")) {
            invalidField(http.post("/api/actions/" + ACTION + "/progress", "{\"note\":\"" + text + "\"}"), "note", "position");
        }
        Http.Response fine = http.post("/api/actions/" + ACTION + "/progress", "{\"note\":\"Line one\\r\\nLine two\\twith a tab; café ✓\"}");
        assertThat(fine.status()).isEqualTo(200);
        invalidField(http.get("/api/actions?owner=Chris%00Barratt"), "owner", "control character");
    }

    @Test
    void aWriteThatCannotBeAnsweredInTheAcceptedTypeIsRefusedBeforeItIsStored() {
        long version = http.get("/api/actions/" + ACTION).body().get("version").asLong();
        Http.Response xml = http.request("POST", "/api/actions/" + ACTION + "/progress", "{\"note\":\"Saved but told it failed?\"}",
                Map.of("Accept", "application/xml"));
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.contentType()).startsWith(PROBLEM_JSON);
        Http.Response html = http.request("POST", "/api/actions", raise("html-1", "\"2019-12-06\"", "\"Title\""),
                Map.of("Accept", "text/html"));
        assertThat(html.status()).isEqualTo(406);
        assertThat(html.contentType()).startsWith(PROBLEM_JSON);
        Http.Response allocation = http.request("POST", "/api/dhr-funds/strict-fund/allocations", """
                {"allocationId":"a-xml","amount":"100.00","purpose":"OTHER","description":"Training",
                 "resolutionReference":"Minute 30"}""", Map.of("Accept", "application/xml"));
        assertThat(allocation.status()).isEqualTo(406);

        assertThat(http.get("/api/actions/" + ACTION + "?readAfter=" + ACTION + "@" + version).body().get("version").asLong())
                .isEqualTo(version);
        actionNotCreated("html-1");
        assertThat(http.get("/api/dhr-funds/strict-fund/allocations").body().get("allocations")).isEmpty();
        assertThat(http.request("POST", "/api/actions", raise("json-1", "\"2019-12-06\"", "\"Title\""),
                Map.of("Accept", "application/json, text/html;q=0.5")).status()).isEqualTo(201);
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413() {
        byte[] twentyMebibytes = new byte[20 * 1024 * 1024];
        Arrays.fill(twentyMebibytes, (byte) ' ');
        Http.Response huge = http.request("POST", "/api/actions", twentyMebibytes, Map.of());
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith(PROBLEM_JSON);
        String justOver = raise("big-1", "\"2019-12-06\"", "\"" + "x".repeat(1024 * 1024) + "\"");
        assertThat(http.post("/api/actions", justOver).status()).isEqualTo(413);
        actionNotCreated("big-1");
    }

    @Test
    void errorsOutsideSpringMvcAreProblemsToo() {
        for (String path : List.of("/api/actions/a%2Fb", "/api/actions/a%00b", "/api/actions/a%5Cb", "/api/" + "x".repeat(70_000),
                "/error", "/api/no-such-thing")) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isBetween(400, 499);
            assertThat(response.contentType()).as(path).startsWith(PROBLEM_JSON);
            JsonNode body = response.body();
            assertThat(body.get("status").asInt()).as(path).isEqualTo(response.status());
            assertThat(body.toString()).doesNotContain("Exception", "at org.", "Tomcat");
        }
        assertThat(http.get("/error").status()).isEqualTo(404);
    }

    @Test
    void aQueryParameterTheReadDoesNotTakeIsRefused() {
        invalidField(http.get("/api/actions?stauts=OPEN"), "stauts", "this request takes");
        invalidField(http.get("/api/actions?owner%5B%24ne%5D=x"), "owner[$ne]", "is not a query parameter");
    }
}
