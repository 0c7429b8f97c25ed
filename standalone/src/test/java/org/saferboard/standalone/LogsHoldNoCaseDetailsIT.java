package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferboard.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A review's case details never reach the log: a review is recorded, refused, sent with a field
 * that breaks a rule and read back, and nothing the coordinator typed about the case appears in what
 * the app printed meanwhile (its log goes to standard output), even with SaferBoard's own logging and
 * Spring MVC's request log at DEBUG. A first slice of issue 13's "logs never hold ... a review's case
 * details"; signing in and failing to sign in join it with sign-in.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.saferboard=DEBUG",
                "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoCaseDetailsIT extends StandaloneOverHttp {

    private static final String CASE_REFERENCE = "LR-DHR-2031-77";
    private static final String PSEUDONYM = "Quillon";
    private static final String RATIONALE = "Quillon had disclosed coercive control to her GP in March";
    private static final String PANEL_MEMBER = "Detective Inspector Marwood";

    @Test
    void whatIsTypedAboutACaseIsNeverLogged(CapturedOutput output) {
        Http http = new Http(port);
        assertThat(http.post("/api/reviews", """
                {"reviewId":"logs-review","caseReference":"%s","pseudonym":"%s","dateOfDeath":"2019-05-02",
                 "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}"""
                .formatted(CASE_REFERENCE, PSEUDONYM)).status()).isEqualTo(201);
        assertThat(http.post("/api/reviews/logs-review/decision", """
                {"holdReview":true,"rationale":"%s","decidedOn":"2019-05-20"}""".formatted(RATIONALE)).status()).isEqualTo(200);
        List<Integer> refusals = List.of(
                // decided already: refused by the case
                http.post("/api/reviews/logs-review/decision", """
                        {"holdReview":false,"rationale":"%s","decidedOn":"2019-05-21"}""".formatted(RATIONALE)).status(),
                // a blank role breaks a field rule on the command bus
                http.post("/api/reviews/logs-review/panel-members", """
                        {"name":"%s","role":" ","agency":"Leicestershire Police"}""".formatted(PANEL_MEMBER)).status(),
                // the same reference for another case
                http.post("/api/reviews", """
                        {"reviewId":"logs-review-2","caseReference":"%s","pseudonym":"%s","dateOfDeath":"2019-05-02",
                         "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}"""
                        .formatted(CASE_REFERENCE, PSEUDONYM)).status());
        assertThat(refusals).containsExactly(409, 400, 409);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/api/reviews/logs-review").body()
                .path("decision").path("rationale").asText()).isEqualTo(RATIONALE));

        assertThat(output.getAll()).as("the capture holds the request log").contains("POST \"/api/reviews/logs-review/decision\"")
                .doesNotContain(CASE_REFERENCE, PSEUDONYM, RATIONALE, PANEL_MEMBER);
    }
}
