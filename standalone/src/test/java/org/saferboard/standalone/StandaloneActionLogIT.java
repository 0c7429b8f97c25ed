package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The Action Log as the board saw it at each of three meetings in 2015, built over the wire with
 * the clock set to the day each change was made; checked as JSON, CSV and PDF.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "saferboard.read-after.timeout=PT5S")
@Import(DatedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneActionLogIT extends StandaloneOverHttp {

    private static final String BOARD = "LSCSB-LOG";

    @Autowired
    MutableClock clock;

    @Autowired
    Clock applicationClock;

    private Http http;

    private void on(String instant) {
        clock.set(Instant.parse(instant));
    }

    private void schedule(String meetingId, String date) {
        assertThat(http.post("/api/meetings", """
                {"meetingId":"%s","boardId":"%s","meetingDate":"%s","startTime":"10:00",
                 "venue":"County Hall, Glenfield","chairName":"Mr. J. T. Orson JP CC"}""".formatted(meetingId, BOARD, date))
                .status()).isEqualTo(201);
    }

    private void addItem(String meetingId, int minuteNumber, String title) {
        assertThat(http.post("/api/meetings/" + meetingId + "/agenda-items",
                "{\"minuteNumber\":%d,\"title\":\"%s\"}".formatted(minuteNumber, title)).status()).isEqualTo(200);
    }

    private void raise(String meetingId, int minuteNumber, String actionId, String title, String dueDate) {
        assertThat(http.post("/api/meetings/" + meetingId + "/actions", """
                {"actionId":"%s","minuteNumber":%d,"title":"%s","ownerName":"James Fox",
                 "owningAgency":"Leicestershire County Council","dueDate":"%s"}""".formatted(actionId, minuteNumber, title, dueDate))
                .status()).isEqualTo(201);
    }

    @BeforeAll
    void boardYear() {
        assertThat(applicationClock).isSameAs(clock);
        http = new Http(port);
        on("2015-03-19T11:00:00Z");
        schedule("log-march", "2015-03-19");
        schedule("log-june", "2015-06-18");
        schedule("log-september", "2015-09-17");
        addItem("log-march", 21, "Domestic Homicide Reviews");
        addItem("log-june", 39, "Domestic Homicide Reviews");
        addItem("log-june", 40, "Prevent Update");

        on("2015-03-19T11:00:00Z");
        raise("log-march", 21, "funding", "Confirm the funding situation for 2015 and beyond", "2015-06-18");
        raise("log-march", 21, "statistics", "Provide DV statistics to Cllr Bokor", "2015-04-01");
        on("2015-05-01T09:00:00Z");
        assertThat(http.post("/api/actions/statistics/complete", "{\"outcome\":\"Statistics sent\"}").status()).isEqualTo(200);
        on("2015-06-18T11:00:00Z");
        raise("log-june", 39, "briefing", "Hold a briefing with CSP Chairs on DHRs", "2015-07-10");
        raise("log-june", 40, "prevent-officer", "Fund the Prevent Officer post", "2015-09-25");
        on("2015-07-01T09:00:00Z");
        assertThat(http.post("/api/actions/funding/due-date", "{\"dueDate\":\"2015-12-10\",\"reason\":\"OPCC budget not set\"}")
                .status()).isEqualTo(200);
        Http.Response lastWrite = http.post("/api/actions/funding/due-date",
                "{\"dueDate\":\"2016-01-31\",\"reason\":\"Awaiting the spending review\"}");
        assertThat(lastWrite.status()).isEqualTo(200);
        assertThat(http.get("/api/actions/funding?readAfter=" + lastWrite.body().get("readAfter").asText()).status()).isEqualTo(200);
        assertThat(http.get("/api/actions/prevent-officer?readAfter=prevent-officer@1").status()).isEqualTo(200);
        // the Action Log at a meeting is a read model of its own: read after the last write, it holds every earlier one
        assertThat(http.get("/api/meetings/log-september/action-log?readAfter=" + lastWrite.body().get("readAfter").asText())
                .status()).isEqualTo(200);
    }

    @Test
    void atTheJuneMeetingTheLogShowsMarchActionsIncludingOneCompletedSinceAndJunesOwn() {
        JsonNode log = http.get("/api/meetings/log-june/action-log").body();

        assertThat(log.get("previousMeetingId").asText()).isEqualTo("log-march");
        assertThat(log.get("groups")).hasSize(2);
        JsonNode march = log.get("groups").get(0);
        assertThat(march.get("meetingDate").asText()).isEqualTo("2015-03-19");
        assertThat(march.get("actions")).extracting(action -> action.get("actionId").asText() + " " + action.get("status").asText()
                + " " + action.get("rag").asText() + " " + action.get("closedOn").asText())
                .containsExactly("statistics COMPLETED null 2015-05-01", "funding OPEN AMBER null");
        assertThat(log.get("groups").get(1).get("actions")).extracting(action -> action.get("actionId").asText() + " "
                        + action.get("rag").asText())
                .containsExactly("briefing GREEN", "prevent-officer GREEN");
    }

    @Test
    void atTheSeptemberMeetingTheLogShowsRagFromDueDatesAndRevisions() {
        JsonNode log = http.get("/api/meetings/log-september/action-log").body();

        assertThat(log.get("previousMeetingDate").asText()).isEqualTo("2015-06-18");
        JsonNode march = log.get("groups").get(0);
        assertThat(march.get("actions")).extracting(action -> action.get("actionId").asText() + " " + action.get("rag").asText()
                        + " " + action.get("dueDate").asText() + " " + action.get("dueDateRevisions").asInt())
                .as("completed before the previous meeting, so statistics has left the log")
                .containsExactly("funding AMBER 2016-01-31 2");
        assertThat(log.get("groups").get(1).get("actions")).extracting(action -> action.get("actionId").asText() + " "
                        + action.get("minuteNumber").asInt() + " " + action.get("rag").asText())
                .containsExactly("briefing 39 RED", "prevent-officer 40 AMBER");
    }

    @Test
    void mattersArisingAreEarlierItemsWithActionsStillOpen() {
        JsonNode september = http.get("/api/meetings/log-september/matters-arising").body();
        JsonNode june = http.get("/api/meetings/log-june/matters-arising").body();

        assertThat(september.get("items")).extracting(item -> item.get("meetingDate").asText() + " minute "
                        + item.get("minuteNumber").asInt() + " " + item.get("title").asText() + ": "
                        + item.get("openActions").get(0).get("actionId").asText() + " of " + item.get("openActions").size())
                .containsExactly("2015-03-19 minute 21 Domestic Homicide Reviews: funding of 1",
                        "2015-06-18 minute 39 Domestic Homicide Reviews: briefing of 1",
                        "2015-06-18 minute 40 Prevent Update: prevent-officer of 1");
        assertThat(june.get("items")).extracting(item -> item.get("minuteNumber").asInt() + " " + item.get("openActions").size())
                .as("statistics was completed, so only the funding action keeps minute 21 arising")
                .containsExactly("21 1");
        assertThat(http.get("/api/meetings/no-such-meeting/matters-arising").status()).isEqualTo(404);
    }

    @Test
    void csvHasOneRowPerActionWithItsMeetingAndRag() throws IOException {
        Http.Response response = http.get("/api/meetings/log-september/action-log.csv");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("filename=\"LSCSB-LOG-action-log-2015-09-17.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body().asText())).getRecords();
        assertThat(rows).extracting(row -> String.join("|", row.get("Raised at meeting"), row.get("Minute"), row.get("Action"),
                        row.get("Due date"), row.get("Status"), row.get("RAG"), row.get("Due date revisions")))
                .containsExactly(
                        "2015-03-19|21|Confirm the funding situation for 2015 and beyond|2016-01-31|OPEN|AMBER|2",
                        "2015-06-18|39|Hold a briefing with CSP Chairs on DHRs|2015-07-10|OPEN|RED|0",
                        "2015-06-18|40|Fund the Prevent Officer post|2015-09-25|OPEN|AMBER|0");
    }

    @Test
    void pdfForTheMeetingPackNamesTheMeetingsActionsAndRag() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/meetings/log-june/action-log.pdf"))
                        .header("Authorization", Http.basic(TestUsers.TESTER, TestUsers.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("LSCSB-LOG Action Log: meeting of 18 June 2015",
                "since the meeting of 19 March 2015", "Raised at the meeting of 19 March 2015",
                "Confirm the funding situation for 2015 and beyond", "Completed 1 May 2015", "AMBER", "GREEN",
                "Raised at the meeting of 18 June 2015", "Fund the Prevent Officer post");
    }
}
