package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo board's performance dashboard in a real browser, checked with axe-core: an officer reads the 2014/15 Q4
 * dashboard, sees vehicle crime rising with a red arrow pointing up beside falling crime types with green arrows
 * pointing down, each arrow with words, and opens vehicle crime's trend as a chart and a table.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformancePagesBrowserIT extends StandaloneOverHttp {

    private static final String OFFICER = "olive.officer";
    private static final String SECRETARY = "sam.secretary";

    @BeforeAll
    void usersAndDemoDashboard() {
        assertThat(Http.admin(port).post("/api/users", TestUsers.newUser(OFFICER, "Olive Officer", "Leicestershire Police", "OFFICER"))
                .status()).isEqualTo(201);
        assertThat(Http.admin(port).post("/api/users", TestUsers.newUser(SECRETARY, "Sam Secretary", "Leicestershire County Council",
                "SECRETARIAT")).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> new Http(port).get("/api/performance/boards/LSCSB/dashboard").status() == 200);
    }

    @Test
    void anOfficerReadsTheArrowsMembersAskedForAndOpensATrend() {
        try (Browser browser = Browser.open(port, "performance-dashboard", true)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            browser.clickLink("Performance");

            assertThat(browser.heading()).isEqualTo("Performance dashboard 2014-15 Q4");
            assertThat(browser.attribute("#indicator-vehicle-crime-rate .saferboard-direction", "class")).contains("saferboard-direction--red");
            assertThat(browser.attribute("#indicator-total-crime-rate .saferboard-direction", "class"))
                    .contains("saferboard-direction--green");
            assertThat(browser.mainText()).contains("Overall: Green", "Overall: Amber", "Ongoing reductions in crime",
                    "↑ Up 11.2%, worse", "↓ Down 2.9%, better", "55.4%", "(Q3 2014-15)", "1259", "(not directly comparable)", "Context only");

            browser.clickLink("Vehicle Crime rate (per 1,000 population)");
            assertThat(browser.heading()).isEqualTo("Vehicle Crime rate (per 1,000 population)");
            assertThat(browser.column("table", 2)).as("the first quarter's figures, the county first").first().isEqualTo("5.71");
            assertThat(browser.attribute("img.saferboard-chart-image", "src")).endsWith("/trend.svg");

            browser.visit("/performance?board=LSCSB&asAtDate=" + LocalDate.now(BusinessCalendar.BUSINESS_ZONE).minusDays(1));
            assertThat(browser.mainText()).as("the demo was recorded today, so yesterday there was no dashboard")
                    .contains("As it stood at", "There was no performance dashboard for LSCSB then.");

            browser.visit("/performance/outcomes/lscsb-outcome-asb");
            assertThat(browser.path()).as("an outcome's place, where the audit trail links it").isEqualTo("/performance");
            assertThat(browser.heading()).isEqualTo("Performance dashboard 2014-15 Q4");
        }
    }

    @Test
    void theSecretariatRecordsAnOutcomeItsIndicatorFiguresARevisionAndARating() {
        try (Browser browser = Browser.open(port, "performance-forms", true)) {
            browser.signIn(SECRETARY, TestUsers.PASSWORD);
            browser.visit("/performance?board=LRSCB");
            assertThat(browser.mainText()).contains("No performance dashboard has been recorded for LRSCB yet.");

            browser.clickLink("Add an outcome to the dashboard");
            browser.type("boardId", "LRSCB").type("title", "Ongoing reductions in crime").type("position", "1").submit();
            assertThat(browser.mainText()).contains("Outcome added", "Ongoing reductions in crime", "Not rated for this quarter.");

            browser.clickLink("Add a supporting indicator");
            browser.type("indicatorId", "vehicle-crime-rate").type("name", "Vehicle Crime rate (per 1,000 population)")
                    .choose("unit-0").choose("polarity-0").choose("period-0").type("county", "Leicestershire")
                    .type("districts", "Blaby\nCharnwood").submit();
            assertThat(browser.mainText()).contains("Add a supporting indicator: done", "Vehicle Crime rate (per 1,000 population)");

            browser.clickLink("Record a figure");
            browser.select("indicatorId", "Vehicle Crime rate (per 1,000 population)").type("area", "Leicestershire")
                    .type("quarter", "2013-14-Q4").type("value", "5.71").submit();
            browser.clickLink("Record a figure");
            browser.select("indicatorId", "Vehicle Crime rate (per 1,000 population)").type("area", "Melton")
                    .type("quarter", "2014-15-Q4").type("value", "6.30").submit();
            assertThat(browser.errorSummary()).as("an area the indicator is not reported for")
                    .anySatisfy(error -> assertThat(error).contains("not for Melton"));
            browser.type("area", "Leicestershire").submit();
            assertThat(browser.mainText()).contains("Record a figure: done", "Up 10.3%, worse");

            browser.clickLink("Revise a figure");
            browser.select("indicatorId", "Vehicle Crime rate (per 1,000 population)").type("area", "Leicestershire")
                    .type("quarter", "2014-15-Q4").type("value", "6.35").submit();
            assertThat(browser.errorSummary()).as("a revision without a reason").isNotEmpty();
            browser.type("reason", "The police re-ran the year's figures").submit();
            assertThat(browser.mainText()).contains("Revise a figure: done", "Up 11.2%, worse", "Revised");

            browser.clickLink("Rate the outcome for a quarter");
            browser.choose("rag-0").type("comment", "Vehicle crime has risen in most districts.").type("ratedBy", "James Fox").submit();
            assertThat(browser.mainText()).contains("Rate the outcome for a quarter: done", "Overall: Red", "rated by James Fox");
        }
    }
}
