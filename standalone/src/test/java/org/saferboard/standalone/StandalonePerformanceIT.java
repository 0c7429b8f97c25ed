package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.performance.Quarter;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The performance dashboard over the wire: seed 003's 2014/15 Q4 figures recorded through the write API,
 * and the arrows members asked for read back: a rise in a lower-is-better indicator is a red arrow
 * pointing up, a fall a green arrow pointing down, with words that say both.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "saferboard.read-after.timeout=PT10S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandalonePerformanceIT extends StandaloneOverHttp {

    private static final String BOARD = "LSCSB-P";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String CRIME = "perf-crime";
    private static final String ASB = "perf-asb";
    private static final String VULNERABLE = "perf-vulnerable";
    private static final String JUNE_2015 = "perf-june-2015";
    private static final String TODAY = "perf-today";
    private static final String Q4 = "2014-15-Q4";
    private static final String DASHBOARD = "/api/performance/boards/" + BOARD + "/dashboard";

    private Http http;
    private Instant beforeRevision;
    private String lastWrite;

    @BeforeAll
    void recordSeedDashboard() throws InterruptedException {
        http = new Http(port);
        schedule(JUNE_2015, "2015-06-18");
        schedule(TODAY, LocalDate.now(BusinessCalendar.BUSINESS_ZONE).toString());

        define(CRIME, 1, "Ongoing reductions in crime");
        indicator(CRIME, "total-crime-rate", "Total Crime rate (per 1,000 population)", "RATE_PER_1000", "LOWER_IS_BETTER", "46",
                "[\"Blaby\",\"Charnwood\"]");
        indicator(CRIME, "vehicle-crime-rate", "Vehicle Crime rate (per 1,000 population)", "RATE_PER_1000", "LOWER_IS_BETTER", null,
                "[\"Blaby\",\"Charnwood\"]");
        define(ASB, 2, "Continue to reduce anti-social behaviour");
        indicator(ASB, "asb-victims", "% of people stating that they have been a victim of anti-social behaviour in the past year",
                "PERCENTAGE", "LOWER_IS_BETTER", null, "[]");
        indicator(ASB, "asb-dealt-with", "% of people who feel the police and other local public services are dealing with ASB",
                "PERCENTAGE", "HIGHER_IS_BETTER", "80", "[]");
        define(VULNERABLE, 3, "Protect and support the most vulnerable in communities");
        indicator(VULNERABLE, "domestic-abuse-referrals", "Number of referrals to domestic abuse support services (adults)", "COUNT",
                "CONTEXT_ONLY", null, "[]");

        figure(CRIME, "total-crime-rate", "Leicestershire", "2013-14-Q4", "47.18", null);
        figure(CRIME, "total-crime-rate", "Leicestershire", Q4, "45.79", "\"TOP\"");
        figure(CRIME, "vehicle-crime-rate", "Leicestershire", "2013-14-Q4", "5.71", null);
        figure(CRIME, "vehicle-crime-rate", "Leicestershire", Q4, "6.30", "\"BOTTOM\"");
        figure(CRIME, "vehicle-crime-rate", "charnwood", "2013-14-Q4", "6.10", null);
        figure(CRIME, "vehicle-crime-rate", "Charnwood", Q4, "7.02", null);
        figure(ASB, "asb-victims", "Leicestershire", "2013-14-Q4", "7.7", null);
        figure(ASB, "asb-victims", "Leicestershire", Q4, "5.3", null);
        figure(ASB, "asb-dealt-with", "Leicestershire", "2013-14-Q4", "79.0", null);
        figure(ASB, "asb-dealt-with", "Leicestershire", Q4, "86.1", null);
        figure(VULNERABLE, "domestic-abuse-referrals", "Leicestershire", "2013-14-Q4", "1259", null);
        figure(VULNERABLE, "domestic-abuse-referrals", "Leicestershire", Q4, "1264", null);
        rate(CRIME, "GREEN", TODAY, 36);

        Thread.sleep(20);
        beforeRevision = Instant.now();
        Thread.sleep(20);
        Http.Response revised = http.post("/api/performance/outcomes/" + CRIME + "/indicators/vehicle-crime-rate/figures/revisions", """
                {"area":"Leicestershire","quarter":"2014-15-Q4","value":6.35,"comparison":"BOTTOM",
                 "reason":"The police re-ran the year's figures after late recording."}""");
        assertThat(revised.status()).isEqualTo(200);
        lastWrite = revised.body().get("readAfter").asText();
    }

    private void schedule(String meetingId, String date) {
        assertThat(http.post("/api/meetings", """
                {"meetingId":"%s","boardId":"%s","meetingDate":"%s","startTime":"10:00","venue":"County Hall, Glenfield",
                 "chairName":"Mr. J. T. Orson JP CC"}""".formatted(meetingId, BOARD, date)).status()).isEqualTo(201);
        assertThat(http.post("/api/meetings/" + meetingId + "/agenda-items",
                "{\"minuteNumber\":%d,\"title\":\"Safer Communities Performance\"}".formatted(meetingId.equals(TODAY) ? 36 : 136))
                .status()).isEqualTo(200);
    }

    private void define(String outcomeId, int position, String title) {
        Http.Response response = http.post("/api/performance/outcomes", """
                {"outcomeId":"%s","boardId":"%s","title":"%s","position":%d}""".formatted(outcomeId, BOARD, title, position));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/performance/outcomes/" + outcomeId);
    }

    private void indicator(String outcomeId, String indicatorId, String name, String unit, String polarity, String target, String districts) {
        assertThat(http.post("/api/performance/outcomes/" + outcomeId + "/indicators", """
                {"indicatorId":"%s","name":"%s","unit":"%s","polarity":"%s","target":%s,"period":"ROLLING_12_MONTHS",
                 "source":"Leicestershire Police","county":"Leicestershire","districts":%s}"""
                .formatted(indicatorId, name, unit, polarity, target, districts)).status()).isEqualTo(200);
    }

    private Http.Response recordFigure(String outcomeId, String indicatorId, String area, String quarter, String value, String comparison) {
        return http.post("/api/performance/outcomes/" + outcomeId + "/indicators/" + indicatorId + "/figures", """
                {"area":"%s","quarter":"%s","value":%s,"comparison":%s}""".formatted(area, quarter, value, comparison));
    }

    private void figure(String outcomeId, String indicatorId, String area, String quarter, String value, String comparison) {
        assertThat(recordFigure(outcomeId, indicatorId, area, quarter, value, comparison).status()).isEqualTo(200);
    }

    private void rate(String outcomeId, String rag, String meetingId, int minuteNumber) {
        assertThat(http.put("/api/performance/outcomes/" + outcomeId + "/ratings/" + Q4, """
                {"rag":"%s","comment":"Overall crime is lower than last year.","ratedBy":"James Fox",
                 "presentedAtMeetingId":"%s","presentedAtMinuteNumber":%d}""".formatted(rag, meetingId, minuteNumber)).status())
                .isEqualTo(200);
    }

    private static JsonNode indicator(JsonNode dashboard, String indicatorId) {
        for (JsonNode outcome : dashboard.get("outcomes")) {
            for (JsonNode indicator : outcome.get("indicators")) {
                if (indicator.get("indicatorId").asText().equals(indicatorId)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + indicatorId);
    }

    private static String arrow(JsonNode indicator) {
        JsonNode direction = indicator.get("direction");
        return direction.get("direction").asText() + " " + direction.get("judgement").asText() + " " + direction.get("arrow").asText()
                + " " + direction.get("colour").asText() + " " + direction.get("words").asText();
    }

    @Test
    @Order(1)
    void arrowsShowWhichWayEachFigureMovedAndColoursWhetherThatIsGood() {
        Http.Response response = http.get(DASHBOARD + "?quarter=" + Q4 + "&readAfter=" + lastWrite);

        assertThat(response.status()).isEqualTo(200);
        JsonNode dashboard = response.body();
        assertThat(dashboard.get("comparedWithQuarter").asText()).isEqualTo("2013-14-Q4");
        assertThat(dashboard.get("outcomes").findValuesAsText("outcomeId")).containsExactly(CRIME, ASB, VULNERABLE);
        assertThat(arrow(indicator(dashboard, "vehicle-crime-rate"))).isEqualTo("UP WORSE ↑ red up 11.2%, worse");
        assertThat(arrow(indicator(dashboard, "total-crime-rate"))).isEqualTo("DOWN BETTER ↓ green down 2.9%, better");
        assertThat(arrow(indicator(dashboard, "asb-victims"))).isEqualTo("DOWN BETTER ↓ green down 31.2%, better");
        assertThat(arrow(indicator(dashboard, "asb-dealt-with"))).isEqualTo("UP BETTER ↑ green up 9.0%, better");
        assertThat(arrow(indicator(dashboard, "domestic-abuse-referrals")))
                .isEqualTo("LEVEL NOT_JUDGED → grey level (up 0.4%, within 2% either way)");
        assertThat(indicator(dashboard, "total-crime-rate").get("progress").asText()).isEqualTo("MET");
        assertThat(indicator(dashboard, "asb-dealt-with").get("progress").asText()).isEqualTo("MET");
        assertThat(indicator(dashboard, "total-crime-rate").get("countyComparison").asText()).isEqualTo("TOP");

        JsonNode crime = dashboard.get("outcomes").get(0);
        assertThat(crime.get("rating").get("rag").asText()).isEqualTo("GREEN");
        assertThat(crime.get("rating").get("presentedAtMeetingId").asText()).isEqualTo(TODAY);
        JsonNode charnwood = indicator(dashboard, "vehicle-crime-rate").get("districts").get(1);
        assertThat(charnwood.get("area").asText()).as("named as the indicator names it").isEqualTo("Charnwood");
        assertThat(charnwood.get("direction").get("words").asText()).isEqualTo("up 15.1%, worse");
        assertThat(indicator(dashboard, "vehicle-crime-rate").get("districts").get(0).get("latest").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void revisedFigureShowsAsRevisedWithTheOriginalKept() {
        JsonNode latest = indicator(http.get(DASHBOARD + "?quarter=" + Q4).body(), "vehicle-crime-rate").get("latest");

        assertThat(latest.get("value").decimalValue()).isEqualByComparingTo("6.35");
        assertThat(latest.get("revised").asBoolean()).isTrue();
        assertThat(latest.get("revisions").get(0).get("previousValue").decimalValue()).isEqualByComparingTo("6.30");
        assertThat(latest.get("revisions").get(0).get("reason").asText()).startsWith("The police re-ran");
    }

    @Test
    @Order(3)
    void dashboardAsAtAnEarlierInstantShowsTheFigureBeforeItsRevision() {
        Http.Response before = http.get(DASHBOARD + "?quarter=" + Q4 + "&asAt=" + beforeRevision);
        Http.Response longAgo = http.get(DASHBOARD + "?asAt=2015-06-18");

        assertThat(before.status()).isEqualTo(200);
        JsonNode vehicle = indicator(before.body(), "vehicle-crime-rate");
        assertThat(vehicle.get("latest").get("value").decimalValue()).isEqualByComparingTo("6.30");
        assertThat(vehicle.get("latest").get("revised").asBoolean()).isFalse();
        assertThat(before.body().get("asAtPosition").asLong()).isPositive();
        assertThat(longAgo.status()).isEqualTo(404);
        assertThat(longAgo.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    @Order(4)
    void refusalsAreProblemsNamingWhatToFix() {
        Http.Response melton = recordFigure(CRIME, "vehicle-crime-rate", "Melton", Q4, "5.0", null);
        Quarter next = Quarter.containing(LocalDate.now(BusinessCalendar.BUSINESS_ZONE)).next();
        Http.Response future = recordFigure(CRIME, "vehicle-crime-rate", "Leicestershire", next.toString(), "5.0", null);
        Http.Response again = recordFigure(CRIME, "vehicle-crime-rate", "Leicestershire", Q4, "6.0", null);
        Http.Response withoutReason = http.post("/api/performance/outcomes/" + CRIME + "/indicators/vehicle-crime-rate/figures/revisions",
                "{\"area\":\"Leicestershire\",\"quarter\":\"2014-15-Q4\",\"value\":6.4}");
        Http.Response valueAsText = recordFigure(CRIME, "vehicle-crime-rate", "Blaby", Q4, "\"6.0\"", null);
        Http.Response badQuarter = http.get(DASHBOARD + "?quarter=2014/15");
        Http.Response itemNotOnAgenda = http.put("/api/performance/outcomes/" + CRIME + "/ratings/" + Q4, """
                {"rag":"RED","comment":"c","ratedBy":"James Fox","presentedAtMeetingId":"%s","presentedAtMinuteNumber":99}"""
                .formatted(JUNE_2015));

        assertThat(melton.status()).isEqualTo(422);
        assertThat(melton.contentType()).startsWith(PROBLEM_JSON);
        assertThat(melton.body().get("code").asText()).isEqualTo("area-not-reported");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("errors").get(0).get("field").asText()).isEqualTo("quarter");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("figure-recorded");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().get("errors").findValuesAsText("field")).contains("reason");
        assertThat(valueAsText.status()).isEqualTo(400);
        assertThat(badQuarter.status()).isEqualTo(400);
        assertThat(itemNotOnAgenda.status()).isEqualTo(422);
        assertThat(itemNotOnAgenda.body().get("code").asText()).isEqualTo("unknown-minute");
        assertThat(http.get("/api/performance/boards/NO-SUCH-BOARD/dashboard").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void csvHasARowPerIndicatorAndAreaWithTheDirectionInWords() {
        Http.Response csv = http.get(DASHBOARD + ".csv?quarter=" + Q4);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().asText().lines().toList();
        assertThat(lines.get(0)).startsWith("Quarter,Outcome,Outcome RAG,");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Vehicle Crime rate (per 1,000 population)", "Leicestershire",
                "2013-14-Q4,5.71,6.35", "UP,WORSE,11.2,\"up 11.2%, worse\""));
        assertThat(lines).filteredOn(line -> line.contains("Vehicle Crime")).hasSize(3);
    }

    @Test
    @Order(6)
    void trendIsJsonAndAnSvgChartWithALinePerArea() {
        Http.Response trend = http.get("/api/performance/outcomes/" + CRIME + "/indicators/vehicle-crime-rate/trend");
        Http.Response chart = http.get("/api/performance/outcomes/" + CRIME + "/indicators/vehicle-crime-rate/trend.svg");

        List<String> quarters = new ArrayList<>();
        trend.body().get("quarters").forEach(quarter -> quarters.add(quarter.asText()));
        assertThat(quarters).containsExactly("2013-14-Q4", Q4);
        assertThat(trend.body().get("areas").findValuesAsText("area")).containsExactly("Leicestershire", "Blaby", "Charnwood");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        String svg = chart.body().asText();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title id=\"title\">Vehicle Crime rate",
                "Leicestershire: 2013-14 Q4 5.71, 2014-15 Q4 6.35", "Charnwood", "Leicestershire, 2014-15 Q4: 6.35 (revised)");
        assertThat(svg.split("<polyline", -1)).hasSize(4);
        assertThat(http.get("/api/performance/outcomes/" + CRIME + "/indicators/nothing/trend").status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void meetingPackHasTheDashboardAsTheMeetingSawIt() throws Exception {
        Http.Response today = http.get("/api/meetings/" + TODAY + "/performance-dashboard");
        Http.Response june2015 = http.get("/api/meetings/" + JUNE_2015 + "/performance-dashboard");

        assertThat(today.status()).isEqualTo(200);
        assertThat(today.body().get("quarter").asText()).as("the quarter whose ratings it noted").isEqualTo(Q4);
        assertThat(arrow(indicator(today.body(), "vehicle-crime-rate"))).isEqualTo("UP WORSE ↑ red up 11.2%, worse");
        assertThat(june2015.status()).as("nothing was recorded by the end of 18 June 2015").isEqualTo(404);
        assertThat(june2015.body().get("detail").asText()).contains("had no performance dashboard on 2015-06-18");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/meetings/" + TODAY + "/performance-dashboard.pdf"))
                .header("Authorization", Http.basic(TestUsers.TESTER, TestUsers.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(BOARD + " Safer Communities Performance Dashboard 2014-15 Q4", "Ongoing reductions in crime", "GREEN",
                "Vehicle Crime rate (per 1,000 population)", "UP: up 11.2%, worse", "DOWN: down 2.9%, better", "target 46 met",
                "6.35 revised", "Event log head");
    }

    @Test
    @Order(8)
    void readersWithoutTheSecretariatRoleCannotRecordFigures() {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", TestUsers.newUser("perf-auditor", "Ann Auditor", "Leicestershire County Council", "AUDITOR"))
                .status()).isEqualTo(201);
        Http auditor = Http.as(port, "perf-auditor", TestUsers.PASSWORD);

        assertThat(auditor.get(DASHBOARD).status()).isEqualTo(200);
        assertThat(auditor.post("/api/performance/outcomes/" + CRIME + "/indicators/total-crime-rate/figures",
                "{\"area\":\"Blaby\",\"quarter\":\"2014-15-Q4\",\"value\":40}").status()).isEqualTo(403);
    }
}
