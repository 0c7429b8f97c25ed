package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The DHR pages in a real browser: finance records the seeds' 2015-16 contributions and a pro-rata drawdown; a DHR
 * coordinator records a notified death, the decision and a pause; an officer may not open a review.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundAndReviewPagesBrowserIT extends StandaloneOverHttp {

    private static final String FINANCE = "fiona.finance";
    private static final String COORDINATOR = "dara.coordinator";
    private static final String OFFICER = "anita.chavda";
    /** The 2015-16 contributions agreed on 28 January 2015 (seed 004, minute 7(c)). */
    private static final List<String> CONTRIBUTIONS = List.of("Leicestershire County Council: 30000.00",
            "Leicestershire Police: 16000.00", "Rutland County Council: 2500.00", "Blaby District Council: 2500.00",
            "Charnwood Borough Council: 2500.00", "Harborough District Council: 2500.00", "Hinckley and Bosworth Borough Council: 2500.00",
            "Melton Borough Council: 2500.00", "North West Leicestershire District Council: 2500.00", "Oadby and Wigston Borough Council: 2500.00");

    @BeforeAll
    void createUsers() {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", TestUsers.newUser(FINANCE, "Fiona Finance", "Leicestershire County Council", "FINANCE"))
                .status()).isEqualTo(201);
        assertThat(admin.post("/api/users", TestUsers.newUser(COORDINATOR, "Dara Coordinator", "Leicestershire County Council",
                "DHR_COORDINATOR")).status()).isEqualTo(201);
        assertThat(admin.post("/api/users", TestUsers.newUser(OFFICER, "Anita Chavda", "Leicestershire County Council", "OFFICER"))
                .status()).isEqualTo(201);
    }

    @Test
    void financeRecordsTheYearsContributionsAndAProRataDrawdownAndSeesTheLedger() {
        try (Browser browser = Browser.open(port, "finance-journey", true)) {
            browser.signIn(FINANCE, TestUsers.PASSWORD);
            browser.clickLink("DHR fund").clickLink("Open a DHR fund");
            browser.type("name", "Leicester, Leicestershire and Rutland DHR fund").typeDate("openedOn", 1, 1, 2015)
                    .type("openingBalance", "0.00").submit();
            assertThat(browser.mainText()).contains("Fund opened", "£0.00");

            browser.clickLink("Agree a year's contributions");
            browser.type("financialYear", "2015-16").type("contributions", String.join("\n", CONTRIBUTIONS))
                    .type("resolutionReference", "LSCSB 28 January 2015, minute 7(c)").typeDate("agreedOn", 28, 1, 2014).submit();
            assertThat(browser.errorSummary()).as("a rule of the fund's own, beside its field")
                    .containsExactly("Agreed on (optional) must not be before the fund's opening (2015-01-01)");
            assertThat(browser.errorSummaryTargets()).containsExactly("#agreedOn");
            browser.typeDate("agreedOn", 28, 1, 2015).submit();
            assertThat(browser.mainText()).contains("Agree a year's contributions: done");

            browser.clickLink("Draw down contributions");
            browser.type("financialYear", "2015-16").type("total", "6,600.00").type("reason", "Learning event and two reviews")
                    .typeDate("drawnOn", 1, 6, 2015).submit();
            assertThat(browser.mainText()).contains("Draw down contributions: done");

            browser.type("contributions-year", "2015-16").submit("form[action$='/contributions']");
            assertThat(browser.heading()).isEqualTo("Contributions 2015-16");
            assertThat(browser.mainText()).contains("Total £66,000.00 £6,600.00", "Leicestershire Police £16,000.00 £1,600.00");
            String csvLink = browser.attribute("a[download]", "href");
            HttpResponse<String> csv = browser.download(csvLink);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("66000.00");

            browser.clickLink("The fund's ledger");
            assertThat(browser.count("figure.saferboard-chart svg polyline")).as("balance, committed and available").isEqualTo(3);
            assertThat(browser.fitsWidth(320)).as("the ledger reflows at 320 px").isTrue();
        }
    }

    @Test
    void aCoordinatorRecordsANotifiedDeathTheDecisionAndAPauseAndAnOfficerMayNotOpenTheReview() {
        String reviewPage;
        try (Browser browser = Browser.open(port, "dhr-coordinator-journey", true)) {
            browser.signIn(COORDINATOR, TestUsers.PASSWORD);
            browser.clickLink("Reviews").clickLink("Record a notified death");
            browser.type("caseReference", "LR-DHR-2019-07").type("pseudonym", "Mary").typeDate("dateOfDeath", 2, 5, 2019)
                    .typeDate("notifiedOn", 9, 5, 2019).type("notifyingAgency", "Leicestershire Police").type("area", "Charnwood").submit();
            assertThat(browser.heading()).isEqualTo("Mary");
            reviewPage = browser.path();
            assertThat(browser.mainText()).contains("Overdue", "due 9 Jun 2019");

            browser.clickLink("Record the decision");
            browser.choose("holdReview-0").type("rationale", "The criteria for a review are met").typeDate("decidedOn", 20, 6, 2019).submit();
            assertThat(browser.mainText()).contains("Review held", "Met late");

            browser.clickLink("Pause the review");
            browser.type("reason", "Awaiting the criminal trial").typeDate("pausedOn", 1, 7, 2019).submit();
            assertThat(browser.mainText()).contains("Paused", "Awaiting the criminal trial", "92 days paused");
            browser.signOut();
        }
        try (Browser browser = Browser.open(port, "officer-and-review", true)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            assertThat(browser.count("#navigation a[href='/reviews']")).as("no Reviews in an officer's menu").isZero();
            browser.visit(reviewPage);
            assertThat(browser.heading()).isEqualTo("You cannot open this page");
            assertThat(browser.mainText()).doesNotContain("Mary");
        }
    }
}
