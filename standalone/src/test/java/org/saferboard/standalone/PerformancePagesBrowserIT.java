package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

    @BeforeAll
    void officerAndDemoDashboard() {
        assertThat(Http.admin(port).post("/api/users", TestUsers.newUser(OFFICER, "Olive Officer", "Leicestershire Police", "OFFICER"))
                .status()).isEqualTo(201);
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
        }
    }
}
