package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.command.CommandSideApplication;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.saferboard.testing.TestUsers;
import org.saferboard.webapp.WebApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The pages in the split deployment: the pages' own process beside the command side and the query side, on one
 * MongoDB. It changes cases in the shared event store and reads the read models the query side keeps, running no
 * projection of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitDeploymentPagesIT {

    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;
    private ConfigurableApplicationContext pages;

    @BeforeAll
    void startTheThreeProcesses() {
        String databaseName = TestMongo.newDatabaseName();
        commandSide = SplitProcesses.start(new SpringApplicationBuilder(CommandSideApplication.class), databaseName);
        querySide = SplitProcesses.startQuerySide(databaseName, Map.of());
        pages = SplitProcesses.start(WebApplication.builder(), databaseName);
        // the tester is created through the command side's administrators' API; the other processes share the users
        assertThat(SplitProcesses.http(commandSide).get("/actuator/health").status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        pages.close();
        querySide.close();
        commandSide.close();
    }

    @Test
    void thePagesProcessRunsNoProjection() {
        assertThat(pages.getBean(EventProcessingConfiguration.class).eventProcessors().values())
                .isNotEmpty().noneMatch(EventProcessor::isRunning);
        assertThat(querySide.getBean(EventProcessingConfiguration.class).eventProcessors().values())
                .allMatch(EventProcessor::isRunning);
    }

    @Test
    void anActionRaisedAndChangedOnThePagesIsWhatTheQuerySideShowsAndAChangeMadeThroughTheApiMeanwhileIsNotOverwritten() {
        try (Browser browser = Browser.open(SplitProcesses.port(pages), "split-deployment", true)) {
            browser.signIn(TestUsers.TESTER, TestUsers.PASSWORD);
            browser.visit("/actions/new");
            browser.type("title", "Check the colour of the dashboard arrows").type("ownerName", "Anita Chavda")
                    .type("owningAgency", "Leicestershire County Council").typeDate("dueDate", 30, 6, 2030).submit();
            assertThat(browser.heading()).as("the page waited for the query side's projection").isEqualTo("Check the colour of the dashboard arrows");
            String actionId = browser.path().substring("/actions/".length());
            Http.Response onTheQuerySide = SplitProcesses.http(querySide).get("/api/actions/" + actionId);
            assertThat(onTheQuerySide.status()).isEqualTo(200);
            assertThat(onTheQuerySide.body().get("version").asLong()).isEqualTo(1);

            browser.clickLink("Record progress");
            assertThat(SplitProcesses.http(commandSide).post("/api/actions/" + actionId + "/due-date",
                    "{\"dueDate\":\"2030-09-30\",\"reason\":\"The Performance Team meets in September\"}").status()).isEqualTo(200);
            browser.type("note", "Arrows checked").submit();
            assertThat(browser.errorSummary()).singleElement().asString().contains("Nothing was saved", "Test Runner", "version 2");
            browser.submit();
            assertThat(browser.mainText()).contains("Record progress: done", "Arrows checked", "30 September 2030");
            assertThat(SplitProcesses.http(querySide).get("/api/actions/" + actionId + "?readAfter=" + actionId + "@3").body()
                    .get("version").asLong()).isEqualTo(3);
        }
    }
}
