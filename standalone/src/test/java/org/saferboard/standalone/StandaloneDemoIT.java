package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.standalone.demo.DemoBoard;
import org.saferboard.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The standalone app started with --demo: the seed board's 2015 meetings, loaded through the commands, as the API shows them. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneDemoIT extends StandaloneOverHttp {

    private static final String MARCH = "lscsb-2015-03-19";
    private static final String JUNE = "lscsb-2015-06-18";
    private static final String SEPTEMBER = "lscsb-2015-09-17";
    private static final String CRIME_OUTCOME = "lscsb-outcome-crime";

    @Autowired
    DemoBoard demoBoard;

    @Autowired
    EventStore eventStore;

    private Http http;

    @BeforeAll
    void demoProjected() {
        http = new Http(port);
        // the demo's last change raises the legal highs report action at the September meeting
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.get("/api/actions/lscsb-2015-09-17-m50-report").status()).isEqualTo(200);
            assertThat(http.get("/api/meetings/" + SEPTEMBER).body().get("items").get(8).get("actions")).hasSize(2);
            // the Action Log at a meeting is a read model of its own, with the same last change
            assertThat(http.get("/api/meetings/" + SEPTEMBER + "/action-log?readAfter=lscsb-2015-09-17-m50-report@1").status())
                    .isEqualTo(200);
        });
    }

    private static String entry(JsonNode action) {
        return action.get("actionId").asText() + " " + action.get("status").asText() + " " + action.get("rag").asText()
                + " " + action.get("closedOn").asText();
    }

    @Test
    void theThreeMeetingsAreListedWithTheirMinuteNumbers() {
        JsonNode meetings = http.get("/api/meetings?board=LSCSB").body();
        assertThat(meetings.get("meetings").findValuesAsText("meetingId")).containsExactly(MARCH, JUNE, SEPTEMBER);

        JsonNode march = http.get("/api/meetings/" + MARCH).body();
        assertThat(march.get("municipalYear").asText()).isEqualTo("2014-15");
        assertThat(march.get("items")).extracting(item -> item.get("minuteNumber").asInt()).containsExactly(
                14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
        assertThat(march.get("present")).hasSize(20);
        assertThat(march.get("apologies").findValuesAsText("name")).containsExactly("Cllr. David Bill MBE", "Mike Sandys");
        assertThat(march.get("status").asText()).isEqualTo("MINUTES_CONFIRMED");
        assertThat(march.get("confirmation").get("confirmedAtMeetingId").asText()).isEqualTo(JUNE);
        JsonNode asb = march.get("items").get(6);
        assertThat(asb.get("resolution").get("outcome").asText()).isEqualTo("AGREED");
        assertThat(asb.get("resolution").get("parts").findValuesAsText("letter")).containsExactly("a", "b", "c", "d");
        assertThat(asb.get("actions")).extracting(action -> action.get("actionId").asText() + " " + action.get("resolutionPart").asText())
                .containsExactly("lscsb-2015-03-19-m20-b b", "lscsb-2015-03-19-m20-icsb null");
        assertThat(march.get("items").get(9).get("minutes").asText())
                .as("the seed's contact details are not part of the demo")
                .contains("Neighbourhood Watch").doesNotContain("@").doesNotContain("0116");

        JsonNode june = http.get("/api/meetings/" + JUNE).body();
        assertThat(june.get("municipalYear").asText()).isEqualTo("2015-16");
        assertThat(june.get("items")).extracting(item -> item.get("minuteNumber").asInt() + " " + item.get("title").asText())
                .contains("35 Victim First", "39 Domestic Abuse - Domestic Homicide Reviews");
        assertThat(june.get("confirmation").get("confirmedOn").asText()).isEqualTo("2015-09-17");
    }

    @Test
    void theResolutionsRegisterFindsThePreventFundingDecision() {
        JsonNode register = http.get("/api/meetings/resolutions?board=LSCSB&text=Prevent%20Officer").body();
        assertThat(register.toString()).contains(SEPTEMBER, "That the Board agreed to allocate funding towards the Prevent Officer Post.");
        assertThat(register.toString()).doesNotContain(MARCH);
    }

    @Test
    void theSeptemberActionLogIsAsTheBoardSawItThatDay() {
        JsonNode log = http.get("/api/meetings/" + SEPTEMBER + "/action-log").body();

        assertThat(log.get("previousMeetingId").asText()).isEqualTo(JUNE);
        assertThat(log.get("groups").findValuesAsText("meetingId")).containsExactly(MARCH, JUNE, SEPTEMBER);
        assertThat(log.get("groups").get(0).get("actions")).extracting(StandaloneDemoIT::entry)
                .as("March's open actions were due at the June meeting")
                .containsExactly("lscsb-2015-03-19-m20-b OPEN RED null", "lscsb-2015-03-19-m20-icsb OPEN RED null",
                        "lscsb-2015-03-19-m23 OPEN RED null");
        assertThat(log.get("groups").get(1).get("actions")).extracting(StandaloneDemoIT::entry)
                .as("Victim First reported under matters arising; the DHR briefing moved to December once")
                .containsExactly("lscsb-2015-06-18-m35 COMPLETED null 2015-09-17", "lscsb-2015-06-18-m39 OPEN GREEN null");
        assertThat(log.get("groups").get(2).get("actions")).extracting(action -> action.get("actionId").asText() + " "
                        + action.get("rag").asText())
                .contains("lscsb-2015-09-17-m50-slides AMBER", "lscsb-2015-09-17-m48-b GREEN")
                .hasSize(5);
    }

    @Test
    void theJuneActionLogShowsMarchActionsDueThatDay() {
        JsonNode log = http.get("/api/meetings/" + JUNE + "/action-log").body();

        assertThat(log.get("groups").get(0).get("actions")).extracting(StandaloneDemoIT::entry)
                .containsExactly("lscsb-2015-03-19-m20-b OPEN AMBER null", "lscsb-2015-03-19-m20-icsb OPEN AMBER null",
                        "lscsb-2015-03-19-m22 COMPLETED null 2015-06-18", "lscsb-2015-03-19-m23 OPEN AMBER null");
    }

    @Test
    void mattersArisingInSeptemberLinkBackToJunesMinutes() {
        JsonNode arising = http.get("/api/meetings/" + SEPTEMBER + "/matters-arising").body();

        assertThat(arising.get("items")).extracting(item -> item.get("meetingDate").asText() + " " + item.get("minuteNumber").asInt())
                .containsExactly("2015-03-19 20", "2015-03-19 23", "2015-06-18 39");
    }

    @Test
    void startingWithDemoAgainSendsNothingTwice() throws Exception {
        long marchEvents = eventStore.readEvents(MARCH).asStream().count();
        long septemberEvents = eventStore.readEvents(SEPTEMBER).asStream().count();
        long crimeOutcomeEvents = eventStore.readEvents(CRIME_OUTCOME).asStream().count();

        demoBoard.run(null);

        assertThat(eventStore.readEvents(MARCH).asStream().count()).isEqualTo(marchEvents);
        assertThat(eventStore.readEvents(SEPTEMBER).asStream().count()).isEqualTo(septemberEvents);
        assertThat(eventStore.readEvents(CRIME_OUTCOME).asStream().count()).isEqualTo(crimeOutcomeEvents).isEqualTo(14);
    }

    /** Seed 003's 2014/15 Q4 dashboard: worsening vehicle crime beside improving indicators, with the arrows members asked for. */
    @Test
    void juneDashboardShowsVehicleCrimeRisingInRedBesideImprovingIndicators() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.get("/api/meetings/" + JUNE + "/performance-dashboard")
                .status()).isEqualTo(200));
        JsonNode dashboard = http.get("/api/meetings/" + JUNE + "/performance-dashboard").body();

        assertThat(dashboard.get("quarter").asText()).isEqualTo("2014-15-Q4");
        assertThat(dashboard.get("outcomes")).extracting(outcome -> outcome.get("rating").get("rag").asText())
                .containsExactly("GREEN", "AMBER", "GREEN", "GREEN");
        JsonNode crime = dashboard.get("outcomes").get(0).get("indicators");
        assertThat(crime).extracting(indicator -> indicator.get("name").asText() + ": " + indicator.get("previousYear").get("value")
                        .asText() + " -> " + indicator.get("latest").get("value").asText() + " " + indicator.get("direction").get("arrow").asText()
                        + " " + indicator.get("direction").get("colour").asText())
                .containsExactly("Total Crime rate (per 1,000 population): 47.18 -> 45.79 ↓ green",
                        "Domestic Burglary rate (per 1,000 population): 3.44 -> 3.1 ↓ green",
                        "Vehicle Crime rate (per 1,000 population): 5.71 -> 6.35 ↑ red",
                        "Violence with Injury rate (per 1,000 population): 3.58 -> 3.39 ↓ green");
        JsonNode iom = dashboard.get("outcomes").get(1).get("indicators").get(0);
        assertThat(iom.get("latest").get("note").asText()).isEqualTo("Q3 2014-15");
        assertThat(iom.get("direction").get("words").asText()).isEqualTo("up 42.4%, better");
        assertThat(dashboard.get("outcomes").get(3).get("indicators").get(0).get("direction").get("words").asText())
                .as("victims of anti-social behaviour 7.7% -> 5.3%").isEqualTo("down 31.2%, better");
        assertThat(http.get("/api/meetings/" + MARCH + "/performance-dashboard").status())
                .as("the March meeting had no dashboard recorded yet").isEqualTo(404);
    }
}
