package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The action pages in a real browser, as an officer of Leicestershire County Council uses them on 1 October 2019:
 * with JavaScript and without it, every page checked for accessibility and saved as a screenshot.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPagesBrowserIT extends StandaloneOverHttp {

    private static final String OFFICER = "anita.chavda";
    private static final String SECRETARY = "sam.secretary";

    @BeforeAll
    void createUsers() {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", TestUsers.newUser(OFFICER, "Anita Chavda", "Leicestershire County Council", "OFFICER"))
                .status()).isEqualTo(201);
        assertThat(admin.post("/api/users", TestUsers.newUser(SECRETARY, "Sam Secretary", "Leicestershire County Council",
                "SECRETARIAT")).status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anOfficerRaisesAnActionRecordsProgressCompletesItAndFindsItInTheLogAndItsHistory(boolean javaScript) {
        String title = "Break down the IOM cohort by district " + (javaScript ? "(with JS)" : "(without JS)");
        try (Browser browser = Browser.open(port, "officer-journey", javaScript)) {
            browser.visit("/actions");
            assertThat(browser.path()).as("a page asks who you are first").isEqualTo("/sign-in");
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            assertThat(browser.heading()).contains("Anita Chavda");
            assertThat(browser.mainText()).contains("My actions", "red: overdue", "amber: due soon", "green: on track");

            browser.clickLink("Raise an action");
            browser.type("title", title).type("ownerName", "Anita Chavda").type("owningAgency", "Leicestershire County Council")
                    .typeDate("dueDate", 6, 12, 2019).choose("sourceKind-1")
                    .type("sourceReference", "LSCSB 20 September 2019, minute 28").submit();
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.mainText()).contains("Action raised", "Anita Chavda, Leicestershire County Council", "6 December 2019",
                    "Green: on track");

            browser.visit("/");
            assertThat(browser.mainText()).as("my actions").contains(title);
            browser.clickLink(title);
            browser.clickLink("Record progress");
            browser.type("note", "Figures requested from the IOM team").submit();
            assertThat(browser.mainText()).contains("Record progress: done", "Figures requested from the IOM team",
                    "Anita Chavda (anita.chavda, OFFICER, Leicestershire County Council)");

            browser.clickLink("Complete the action");
            browser.type("outcome", "Breakdown circulated to Board members").submit();
            assertThat(browser.mainText()).contains("Completed", "Breakdown circulated to Board members");
            assertThat(browser.column(".govuk-table", 3)).as("the history: what, oldest first")
                    .satisfiesExactly(raised -> assertThat(raised).startsWith("Action raised"),
                            progress -> assertThat(progress).contains("Figures requested from the IOM team"),
                            completed -> assertThat(completed).contains("Breakdown circulated to Board members"));

            browser.visit("/");
            assertThat(browser.mainText()).doesNotContain(title);
            browser.visit("/actions?status=COMPLETED&agency=Leicestershire+County+Council");
            assertThat(browser.mainText()).contains(title);
            String csvLink = browser.attribute("a[download]", "href");
            HttpResponse<String> csv = browser.download(csvLink);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(csv.body()).contains(title, "COMPLETED", "LSCSB 20 September 2019, minute 28");

            browser.signOut();
            assertThat(browser.path()).isEqualTo("/sign-in");
            assertThat(browser.mainText()).contains("You have signed out");
            browser.visit("/");
            assertThat(browser.path()).as("signed out means signed out").isEqualTo("/sign-in");
        }
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aFormWithMistakesShowsEachBesideItsFieldAndInTheErrorSummaryAndKeepsWhatWasTyped(boolean javaScript) {
        try (Browser browser = Browser.open(port, "form-errors", javaScript)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            browser.visit("/actions/new");
            browser.type("title", "Report on the Sentinel workshops").typeDate("dueDate", 31, 2, 2020).submit();
            assertThat(browser.path()).isEqualTo("/actions/new");
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            assertThat(browser.errorSummary()).contains("Owner must not be blank", "Owner's agency must not be blank",
                    "Due date must be a real date");
            assertThat(browser.errorSummaryTargets()).contains("#ownerName", "#owningAgency", "#dueDate");
            assertThat(browser.count(".govuk-form-group--error")).isEqualTo(3);
            assertThat(browser.attribute("#title", "value")).isEqualTo("Report on the Sentinel workshops");
            assertThat(browser.attribute("#dueDate-day", "value")).isEqualTo("31");
        }
    }

    @Test
    void withJavaScriptAFilterSwapsInTheResultsWithoutReloadingThePageAndKeepsTheAddressInStep() {
        raiseAsSecretariat("filtered-by-htmx", "Map the Prevent referrals by district", "Gurjit Samra-Rai", "2019-06-30");
        try (Browser browser = Browser.open(port, "htmx-filters", true)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            browser.visit("/actions");
            browser.driver().executeScript("window.sameDocument = true;");
            browser.select("source", "Outside a meeting");
            browser.check("#overdue");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(browser.driver().getCurrentUrl())
                    .contains("source=AD_HOC", "overdue=true"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(browser.mainText())
                    .contains("Map the Prevent referrals by district"));
            assertThat(browser.driver().executeScript("return window.sameDocument === true;"))
                    .as("the results were swapped in, the page was not reloaded").isEqualTo(true);
            browser.arrived();
        }
    }

    @Test
    void whatSomeoneTypedIsShownAsTextNeverRunAsScript() {
        String hostile = "<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">";
        try (Browser browser = Browser.open(port, "escaping", true)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            browser.visit("/actions/new");
            browser.type("title", hostile).type("ownerName", "Anita Chavda").type("owningAgency", "Leicestershire County Council")
                    .typeDate("dueDate", 6, 12, 2019).submit();
            assertThat(browser.heading()).isEqualTo(hostile);
            assertThat(browser.driver().getTitle()).as("the title holds the text; no script set it").startsWith(hostile);
            assertThat(browser.count("main script")).isZero();
            assertThat(browser.count("main img")).isZero();
        }
    }

    @Test
    void aStaleFormSaysWhoChangedTheActionMeanwhileAndSavesNothing() {
        raiseAsSecretariat("stale-form", "Publish the domestic abuse needs assessment", "Anita Chavda", "2019-11-30");
        try (Browser browser = Browser.open(port, "stale-form", true)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            browser.visit("/actions/stale-form/progress");
            assertThat(Http.as(port, SECRETARY, TestUsers.PASSWORD).post("/api/actions/stale-form/due-date",
                    "{\"dueDate\":\"2020-01-31\",\"reason\":\"The assessment goes to Cabinet in January\"}").status()).isEqualTo(200);
            browser.type("note", "Draft with the Cabinet Lead").submit();
            assertThat(browser.errorSummary()).singleElement().asString()
                    .contains("Nothing was saved", "Sam Secretary", "due date", "version 2");
            assertThat(browser.attribute("input[name=expectedVersion]", "value")).isEqualTo("2");
            browser.submit();
            assertThat(browser.mainText()).contains("Record progress: done", "Draft with the Cabinet Lead");
        }
    }

    @Test
    void anOfficerOpeningWhatOnlyTheSecretariatMayDoGetsTheNotAllowedPageAndCannotPostIt() {
        raiseAsSecretariat("not-allowed", "Reword the arrows", "Anita Chavda", "2019-11-30");
        try (Browser browser = Browser.open(port, "not-allowed", true)) {
            browser.signIn(OFFICER, TestUsers.PASSWORD);
            browser.visit("/actions/not-allowed");
            assertThat(browser.mainText()).contains("Record progress", "Complete the action")
                    .doesNotContain("Revise the due date", "Cancel the action", "Reassign the action");
            browser.visit("/actions/not-allowed/cancel");
            assertThat(browser.heading()).isEqualTo("You cannot open this page");
            assertThat(browser.mainText()).contains("cancel", "Secretariat");
            assertThat(browser.fitsWidth(320)).as("the page reflows at 320 px").isTrue();
        }
    }

    /** An ad hoc action of Leicestershire County Council, raised through the API by the secretariat. */
    private void raiseAsSecretariat(String actionId, String title, String ownerName, String dueDate) {
        assertThat(Http.as(port, SECRETARY, TestUsers.PASSWORD).post("/api/actions", """
                {"actionId":"%s","title":"%s","ownerName":"%s","owningAgency":"Leicestershire County Council",
                 "dueDate":"%s","source":{"kind":"AD_HOC"}}""".formatted(actionId, title, ownerName, dueDate)).status())
                .isEqualTo(201);
    }
}
