package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The event log's page and the "as at" picker in a real browser: an administrator verifies the chain,
 * confirms a head recorded in minutes and rebuilds every read model while the page follows the
 * progress; an auditor reads an action, the action log, a meeting, a review and the DHR fund as they
 * stood before a change, with JavaScript off, and is offered neither backup nor rebuild.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLogPagesBrowserIT extends StandaloneOverHttp {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private LocalDateTime beforeRevision;

    @BeforeAll
    void actionRevisedAfterAMomentRecorded() throws InterruptedException {
        Http admin = Http.admin(port);
        admin.post("/api/users", TestUsers.newUser("ivy.auditor", "Ivy Auditor", "Internal Audit", "AUDITOR"));
        Http secretariat = new Http(port);
        assertThat(secretariat.post("/api/actions", """
                {"actionId":"needs-assessment","title":"Publish the domestic abuse needs assessment","ownerName":"James Fox",
                 "owningAgency":"Leicestershire County Council","dueDate":"2019-11-30","source":{"kind":"AD_HOC"}}""").status())
                .isEqualTo(201);
        assertThat(secretariat.post("/api/meetings", """
                {"meetingId":"lscsb-2019-09-20","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","venue":"County Hall",
                 "chairName":"Mr. J. T. Orson JP CC"}""").status()).isEqualTo(201);
        assertThat(secretariat.post("/api/reviews", """
                {"reviewId": "dhr-mary", "caseReference": "LR-DHR-2019-01", "pseudonym": "Mary", "dateOfDeath": "2019-06-01",
                 "notifiedOn": "2019-06-10", "notifyingAgency": "Leicestershire Police", "area": "Charnwood"}""").status())
                .isEqualTo(201);
        assertThat(secretariat.post("/api/dhr-funds", """
                {"fundId":"llr-fund","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}""").status())
                .isEqualTo(201);
        // the picker is to the second: the later changes come a whole second after the moment recorded
        Thread.sleep(1_100);
        beforeRevision = LocalDateTime.now(LONDON).withNano(0);
        Thread.sleep(1_100);
        assertThat(secretariat.post("/api/actions/needs-assessment/due-date",
                "{\"dueDate\":\"2020-01-31\",\"reason\":\"Cabinet meets in January\"}").status()).isEqualTo(200);
        assertThat(secretariat.post("/api/meetings/lscsb-2019-09-20/agenda-items",
                "{\"minuteNumber\":28,\"title\":\"Integrated Offender Management\"}").status()).isEqualTo(200);
        assertThat(secretariat.post("/api/reviews/dhr-mary/decision",
                "{\"holdReview\": true, \"rationale\": \"Meets the statutory criteria\", \"decidedOn\": \"2019-07-01\"}").status())
                .isEqualTo(200);
        assertThat(secretariat.post("/api/dhr-funds/llr-fund/allocations", """
                {"allocationId":"mary-review","amount":"1200.00","purpose":"REVIEW","reviewId":"dhr-mary","description":"Mary's review",
                 "resolutionReference":"LSCSB 20 September 2019, minute 30"}""").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                secretariat.get("/api/actions/needs-assessment").body().get("version").asLong() == 2
                        && secretariat.get("/api/meetings/lscsb-2019-09-20").body().get("version").asLong() == 2
                        && secretariat.get("/api/reviews/dhr-mary").body().get("version").asLong() == 2
                        && secretariat.get("/api/dhr-funds/llr-fund/allocations").body().get("allocations").size() == 1);
    }

    @Test
    void anAdministratorVerifiesTheChainConfirmsAHeadAndRebuildsTheReadModelsWatchingTheProgress() {
        try (Browser admin = Browser.open(port, "event-log-admin", true)) {
            admin.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            admin.clickLink("Event log");
            assertThat(admin.heading()).isEqualTo("Event log");
            String printed = admin.driver().findElement(org.openqa.selenium.By.id("chain-head")).getText();
            assertThat(printed).startsWith("Event log head ").endsWith("(SHA-256)");
            assertThat(admin.count("a[href='/api/event-log/backup']")).isEqualTo(1);

            admin.type("heads", printed).submit("form[action='/event-log/verification']");
            assertThat(admin.mainText()).contains("The chain holds", "verified ", "On the chain");

            admin.type("heads", "3:" + "0".repeat(64)).submit("form[action='/event-log/verification']");
            assertThat(admin.mainText()).contains("Not on the chain");

            admin.submit("form[action='/event-log/rebuild']");
            assertThat(admin.mainText()).contains("Rebuilding every read model");
            int readModels = admin.count("#read-models-table tbody tr");
            assertThat(readModels).isGreaterThanOrEqualTo(6);
            // htmx brings the progress in every two seconds, without a reload, until every rebuild is done
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(admin.count("#read-models-table .govuk-tag--green")).isEqualTo(readModels));
            admin.arrived();
            String events = printed.substring("Event log head ".length(), printed.indexOf(':'));
            assertThat(admin.mainText()).contains("rebuilt from " + events + " events").doesNotContain("rebuilt from 0 events");
            assertThat(admin.count("form[action='/event-log/rebuild/cancel']")).as("nothing left to cancel").isZero();
        }
    }

    @Test
    void anAuditorReadsAnActionAndTheLogAsTheyStoodWithJavaScriptOff() {
        String date = beforeRevision.toLocalDate().toString();
        String time = beforeRevision.format(TIME);
        try (Browser auditor = Browser.open(port, "as-at-auditor", false)) {
            auditor.signIn("ivy.auditor", TestUsers.PASSWORD);
            auditor.visit("/actions/needs-assessment");
            assertThat(auditor.mainText()).contains("31 January 2020");
            assertThat(auditor.count("#as-at-notice")).isZero();

            auditor.visit("/actions/needs-assessment?asAtDate=" + date + "&asAtTime=" + time);
            assertThat(auditor.mainText()).contains("As it stood at " + time + " on", "30 November 2019", "version 1")
                    .doesNotContain("31 January 2020", "Cabinet meets in January", "Change this action");
            auditor.clickLink("Show it as it is now");
            assertThat(auditor.mainText()).contains("31 January 2020");
            assertThat(auditor.count("#as-at-notice")).isZero();

            auditor.visit("/actions?asAtDate=" + date + "&asAtTime=" + time);
            assertThat(auditor.mainText()).contains("As it stood at " + time + " on", "Publish the domestic abuse needs assessment", "30 Nov 2019");
            assertThat(auditor.count("a[download]")).as("no CSV of a past log").isZero();

            auditor.visit("/meetings/lscsb-2019-09-20");
            assertThat(auditor.mainText()).contains("Integrated Offender Management");
            auditor.visit("/meetings/lscsb-2019-09-20?asAtDate=" + date + "&asAtTime=" + time);
            assertThat(auditor.mainText()).contains("As it stood at " + time + " on", "Meeting of 20 September 2019")
                    .doesNotContain("Integrated Offender Management");

            auditor.visit("/reviews/dhr-mary");
            assertThat(auditor.mainText()).contains("Meets the statutory criteria");
            auditor.visit("/reviews/dhr-mary?asAtDate=" + date + "&asAtTime=" + time);
            assertThat(auditor.mainText()).contains("As it stood at " + time + " on", "Mary")
                    .doesNotContain("Meets the statutory criteria");

            auditor.visit("/fund/llr-fund");
            assertThat(auditor.mainText()).contains("£1,200.00", "Mary's review");
            auditor.visit("/fund/llr-fund?asAtDate=" + date + "&asAtTime=" + time);
            assertThat(auditor.mainText()).contains("As it stood at " + time + " on", "LLR DHR fund", "£5,000.00")
                    .doesNotContain("£1,200.00", "Mary's review");
            assertThat(auditor.count("a[download]")).as("no CSV of a past ledger").isZero();
            auditor.clickLink("Allocations");
            assertThat(auditor.mainText()).as("the allocations page stays at the instant").contains("As it stood at " + time + " on")
                    .doesNotContain("Mary's review");
            auditor.clickLink("Show it as it is now");
            assertThat(auditor.mainText()).contains("Mary's review");
            assertThat(auditor.count("#as-at-notice")).isZero();
            auditor.visit("/fund/llr-fund?asAtDate=2015-03-19");
            assertThat(auditor.heading()).isEqualTo("Page not found");

            auditor.visit("/actions/needs-assessment?asAtDate=2015-03-19");
            assertThat(auditor.heading()).isEqualTo("Page not found");

            auditor.visit("/actions?asAtDate=2999-01-01");
            assertThat(auditor.mainText()).contains("Enter a date and time that have passed");

            auditor.visit("/event-log");
            assertThat(auditor.count("a[href='/api/event-log/backup']")).isZero();
            assertThat(auditor.count("form[action='/event-log/rebuild']")).isZero();
            auditor.submit("form[action='/event-log/verification']");
            assertThat(auditor.mainText()).contains("The chain holds");
        }
    }
}
