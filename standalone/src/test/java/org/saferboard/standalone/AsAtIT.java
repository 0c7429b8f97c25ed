package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Reads as at a past instant over the API: an action and the action log as the events recorded up to
 * then made them, on the demo board and on an action changed step by step; as at now, every action
 * reads exactly as the live read model shows it.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsAtIT extends StandaloneOverHttp {

    private static final String ACTION = "iom-districts";

    private Http http;
    private Instant beforeRaise;
    private Instant afterRaise;
    private Instant afterProgress;
    private Instant afterRevision;
    private Instant afterCompletion;
    private Instant beforeNotification;
    private Instant beforeReceipt;

    @BeforeAll
    void actionChangedStepByStep() throws InterruptedException {
        http = new Http(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/actions/lscsb-2015-09-17-m50-report").status()).isEqualTo(200));
        beforeRaise = step();
        assertThat(http.post("/api/actions", """
                {"actionId": "iom-districts", "title": "Break down the 389 high risk offenders managed by IOM by District",
                 "ownerName": "Chris Barratt", "owningAgency": "Leicestershire Police", "dueDate": "2019-12-06",
                 "source": {"kind": "MEETING_MINUTE", "reference": "LSCSB 20 September 2019, minute 28"}}""").status()).isEqualTo(201);
        afterRaise = step();
        assertThat(http.post("/api/actions/" + ACTION + "/progress", "{\"note\": \"Breakdown drafted\", \"expectedVersion\": 1}")
                .status()).isEqualTo(200);
        afterProgress = step();
        assertThat(http.post("/api/actions/" + ACTION + "/due-date", """
                {"dueDate": "2020-01-31", "reason": "Waiting for the district figures", "expectedVersion": 2}""").status())
                .isEqualTo(200);
        afterRevision = step();
        assertThat(http.post("/api/actions/" + ACTION + "/complete",
                "{\"outcome\": \"Breakdown circulated to Board members\", \"expectedVersion\": 3}").status()).isEqualTo(200);
        afterCompletion = step();

        beforeNotification = step();
        assertThat(http.post("/api/reviews", """
                {"reviewId": "dhr-mary", "caseReference": "LR-DHR-2015-01", "pseudonym": "Mary", "dateOfDeath": "2015-06-01",
                 "notifiedOn": "2015-06-10", "notifyingAgency": "Leicestershire Police", "area": "Charnwood"}""").status())
                .isEqualTo(201);
        assertThat(http.post("/api/reviews/dhr-mary/decision",
                "{\"holdReview\": true, \"rationale\": \"Meets the statutory criteria\", \"decidedOn\": \"2015-07-01\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/reviews/dhr-mary/actions", """
                {"actionId": "dhr-mary-1", "plan": "SINGLE_AGENCY", "title": "Review the risk assessment training",
                 "ownerName": "Service manager", "leadAgency": "Swanswell", "dueDate": "2015-12-10"}""").status()).isEqualTo(201);
        assertThat(http.post("/api/dhr-funds", """
                {"fundId": "llr-dhr-fund", "name": "Leicestershire and Rutland DHR fund", "openedOn": "2015-01-28",
                 "openingBalance": "0.00"}""").status()).isEqualTo(201);
        assertThat(http.put("/api/dhr-funds/llr-dhr-fund/contributions/2015-16", """
                {"resolutionReference": "LSCSB 28 January 2015, minute 7(c)", "agreedOn": "2015-01-28",
                 "contributions": [{"partner": "Leicestershire County Council", "amount": "30000.00"},
                                   {"partner": "Leicestershire Police", "amount": "16000.00"}]}""").status()).isEqualTo(200);
        assertThat(http.post("/api/dhr-funds/llr-dhr-fund/drawdowns", """
                {"drawdownId": "call-2015-1", "financialYear": "2015-16", "total": "4600.00", "reason": "Two reviews",
                 "drawnOn": "2015-06-01"}""").status()).isEqualTo(200);
        beforeReceipt = step();
        assertThat(http.post("/api/dhr-funds/llr-dhr-fund/receipts", """
                {"receiptId": "receipt-county-1", "financialYear": "2015-16", "partner": "Leicestershire County Council",
                 "amount": "3000.00", "receivedOn": "2015-06-15", "reference": "Remittance 4400"}""").status()).isEqualTo(200);
        assertThat(http.post("/api/dhr-funds/llr-dhr-fund/allocations", """
                {"allocationId": "review-mary", "amount": "2000.00", "purpose": "REVIEW", "reviewId": "dhr-mary",
                 "description": "Independent chair for the review", "resolutionReference": "LSCSB 18 June 2015, minute 20",
                 "allocatedOn": "2015-07-02"}""").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/reviews/dhr-mary").body().get("totalAllocated").asText()).isEqualTo("2000.00"));
    }

    /** An instant between two writes: the event log's timestamps are kept to the millisecond. */
    private static Instant step() throws InterruptedException {
        Thread.sleep(15);
        Instant between = Instant.now();
        Thread.sleep(15);
        return between;
    }

    private JsonNode actionAsAt(Instant instant) {
        Http.Response answer = http.get("/api/actions/" + ACTION + "?asAt=" + instant);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void anActionReadsAsItStoodAtEachInstantWithItsHistoryThen() {
        JsonNode raised = actionAsAt(afterRaise);
        assertThat(raised.get("asAt").asText()).isEqualTo(afterRaise.toString());
        assertThat(raised.get("status").asText()).isEqualTo("OPEN");
        assertThat(raised.get("version").asLong()).isEqualTo(1);
        assertThat(raised.get("history")).hasSize(1);

        JsonNode progressed = actionAsAt(afterProgress);
        assertThat(progressed.get("version").asLong()).isEqualTo(2);
        assertThat(progressed.get("history").get(1).get("details").get("note").asText()).isEqualTo("Breakdown drafted");
        assertThat(progressed.get("dueDate").asText()).isEqualTo("2019-12-06");
        assertThat(progressed.get("asAtPosition").asLong()).isGreaterThan(raised.get("asAtPosition").asLong());

        JsonNode revised = actionAsAt(afterRevision);
        assertThat(revised.get("dueDate").asText()).isEqualTo("2020-01-31");
        assertThat(revised.get("dueDateRevisions").asInt()).isEqualTo(1);
        assertThat(revised.get("status").asText()).isEqualTo("OPEN");

        JsonNode completed = actionAsAt(afterCompletion);
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("outcome").asText()).isEqualTo("Breakdown circulated to Board members");
        assertThat(completed.get("rag").isNull()).isTrue();
    }

    @Test
    void beforeTheActionWasRaisedTheAnswerIs404SayingWhenItWas() {
        Http.Response before = http.get("/api/actions/" + ACTION + "?asAt=" + beforeRaise);

        assertThat(before.status()).isEqualTo(404);
        assertThat(before.contentType()).startsWith("application/problem+json");
        assertThat(before.body().get("detail").asText()).startsWith("Action " + ACTION + " did not exist at " + beforeRaise
                + ": it was first recorded at ");
        assertThat(http.get("/api/actions/never-raised?asAt=" + afterRaise).status()).isEqualTo(404);
    }

    @Test
    void aDateMeansTheEndOfThatDayAndTheFutureOrNonsenseIs400() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        Http.Response endOfToday = http.get("/api/actions/" + ACTION + "?asAt=" + today);
        Http.Response tomorrow = http.get("/api/actions/" + ACTION + "?asAt=" + LocalDate.parse(today).plusDays(1));
        Http.Response yesterday = http.get("/api/actions/" + ACTION + "?asAt=" + LocalDate.parse(today).minusDays(1));
        Http.Response future = http.get("/api/actions/" + ACTION + "?asAt=" + Instant.now().plusSeconds(3_600));
        Http.Response nonsense = http.get("/api/actions?asAt=teatime");

        assertThat(endOfToday.status()).isEqualTo(200);
        assertThat(endOfToday.body().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(yesterday.status()).isEqualTo(404);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().toString()).contains("is in the future");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body().toString()).contains("cannot read 'teatime'");
    }

    @Test
    void theActionLogAsAtAnInstantHasItsFiltersAndOnlyWhatExistedThen() {
        JsonNode openThen = http.get("/api/actions?status=OPEN&agency=Leicestershire%20Police&asAt=" + afterRevision).body();
        JsonNode completedThen = http.get("/api/actions?status=COMPLETED&asAt=" + afterRevision).body();
        JsonNode completedLater = http.get("/api/actions?status=COMPLETED&asAt=" + afterCompletion).body();
        JsonNode beforeAnyAction = http.get("/api/actions?asAt=2015-01-01").body();

        assertThat(openThen.get("actions").findValuesAsText("actionId")).contains(ACTION);
        assertThat(openThen.get("asAtPosition").asLong()).isPositive();
        assertThat(completedThen.get("actions").findValuesAsText("actionId")).doesNotContain(ACTION);
        assertThat(completedLater.get("actions").findValuesAsText("actionId")).contains(ACTION);
        assertThat(completedLater.get("totalActions").asLong()).isEqualTo(completedThen.get("totalActions").asLong() + 1);
        assertThat(beforeAnyAction.get("totalActions").asLong()).isZero();
    }

    @Test
    void asAtNowEveryActionAndTheWholeLogReadAsTheLiveReadModel() {
        Instant now = Instant.now();
        JsonNode live = http.get("/api/actions?size=200&sort=-dueDate").body();
        JsonNode asAt = http.get("/api/actions?size=200&sort=-dueDate&asAt=" + now).body();

        assertThat(withoutAsAt(asAt)).isEqualTo(live);
        List<String> ids = new ArrayList<>(live.get("actions").findValuesAsText("actionId"));
        assertThat(ids).hasSizeGreaterThan(10);
        for (String actionId : ids) {
            assertThat(withoutAsAt(http.get("/api/actions/" + actionId + "?asAt=" + now).body())).as(actionId)
                    .isEqualTo(http.get("/api/actions/" + actionId).body());
        }
    }

    @Test
    void asAtNowEveryMeetingReviewAndLedgerReadsAsTheLiveReadModels() {
        Instant now = Instant.now();
        List<String> reads = new ArrayList<>(List.of("/api/reviews/dhr-mary", "/api/dhr-funds/llr-dhr-fund/ledger",
                "/api/dhr-funds/llr-dhr-fund/ledger?year=2015-16", "/api/dhr-funds/llr-dhr-fund/contributions/2015-16",
                "/api/dhr-funds/llr-dhr-fund/allocations",
                "/api/dhr-funds/llr-dhr-fund/partner-statement?partner=Leicestershire%20County%20Council"));
        http.get("/api/meetings?board=LSCSB").body().get("meetings").findValuesAsText("meetingId")
                .forEach(meetingId -> reads.add("/api/meetings/" + meetingId));
        assertThat(reads).hasSize(9);
        for (String read : reads) {
            JsonNode asAt = http.get(read + (read.contains("?") ? "&" : "?") + "asAt=" + now).body();
            assertThat(asAt.get("asAtPosition")).as(read).isNotNull();
            assertThat(withoutAsAt(asAt)).as(read).isEqualTo(http.get(read).body());
        }
    }

    @Test
    void aReviewAndTheFundReadAsTheyStoodBeforeTheirLaterChanges() {
        JsonNode contributions = http.get("/api/dhr-funds/llr-dhr-fund/contributions/2015-16?asAt=" + beforeReceipt).body();
        JsonNode contributionsNow = http.get("/api/dhr-funds/llr-dhr-fund/contributions/2015-16").body();
        assertThat(contributions.toString()).isNotEqualTo(withoutAsAt(contributionsNow).toString());
        assertThat(contributions.findValuesAsText("received")).contains("0.00").doesNotContain("3000.00");
        assertThat(contributionsNow.findValuesAsText("received")).contains("3000.00");
        assertThat(http.get("/api/dhr-funds/llr-dhr-fund/allocations?asAt=" + beforeReceipt).body().get("allocations")).isEmpty();
        JsonNode review = http.get("/api/reviews/dhr-mary?asAt=" + beforeReceipt).body();
        assertThat(review.get("totalAllocated").asText()).isEqualTo("0.00");
        assertThat(review.get("actions")).hasSize(1);

        Http.Response beforeNotified = http.get("/api/reviews/dhr-mary?asAt=" + beforeNotification);
        assertThat(beforeNotified.status()).isEqualTo(404);
        assertThat(beforeNotified.body().get("detail").asText()).startsWith("Review dhr-mary did not exist at " + beforeNotification
                + ": it was first recorded at ");
        assertThat(http.get("/api/dhr-funds/llr-dhr-fund/ledger?asAt=" + beforeNotification).status()).isEqualTo(404);
        assertThat(http.get("/api/meetings/lscsb-2015-03-19?asAt=2015-03-19").status()).isEqualTo(404);
    }

    @Test
    void eachAuditTrailEntryLinksToTheCaseAsItStoodJustAfterIt() {
        JsonNode entries = Http.admin(port).get("/api/audit-trail?caseId=" + ACTION).body().get("entries");

        assertThat(entries).hasSize(4);
        for (JsonNode entry : entries) {
            JsonNode then = http.get(entry.get("caseAsAt").asText()).body();
            assertThat(then.get("version").asLong()).as(entry.get("caseAsAt").asText()).isEqualTo(entry.get("version").asLong());
        }
        JsonNode fundEntry = Http.admin(port).get("/api/audit-trail?caseId=llr-dhr-fund").body().get("entries").get(0);
        assertThat(fundEntry.get("caseAsAt").asText()).startsWith("/api/dhr-funds/llr-dhr-fund/ledger?asAt=");
    }

    private static JsonNode withoutAsAt(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove(List.of("asAt", "asAtPosition"));
        return copy;
    }
}
