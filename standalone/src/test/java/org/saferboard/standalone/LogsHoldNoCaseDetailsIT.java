package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Neither a review's case details nor a password or its encoding reach the log: a user is created, signs
 * in, fails to sign in until locked out, and a review is recorded, refused, sent with a field that breaks a
 * rule and read back; nothing typed about the case and no credential appears in what the app printed
 * meanwhile (its log goes to standard output), even with SaferBoard's own logging, Spring Security's and
 * Spring MVC's request log at DEBUG.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.saferboard=DEBUG",
                "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG",
                "logging.level.org.springframework.security=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoCaseDetailsIT extends StandaloneOverHttp {

    private static final String CASE_REFERENCE = "LR-DHR-2031-77";
    private static final String PSEUDONYM = "Quillon";
    private static final String RATIONALE = "Quillon had disclosed coercive control to her GP in March";
    private static final String PANEL_MEMBER = "Detective Inspector Marwood";
    private static final String PASSWORD = "Marwood's own secret phrase";
    private static final String WRONG_PASSWORD = "a guess at Marwood's phrase";

    @Test
    void neitherCaseDetailsNorCredentialsAreEverLogged(CapturedOutput output) {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", """
                {"username":"marwood","displayName":"Dee Marwood","agency":"Leicestershire Police",
                 "roles":["DHR_COORDINATOR"],"password":"%s"}""".formatted(PASSWORD)).status()).isEqualTo(201);
        Http http = Http.as(port, "marwood", PASSWORD);
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(Http.as(port, "marwood", WRONG_PASSWORD).get("/api/reviews").status()).isEqualTo(401);
        }
        assertThat(admin.post("/api/users/marwood/password", "{\"password\":\"%s\"}".formatted(PASSWORD)).status()).isEqualTo(200);
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
                .as("the capture holds the lock").contains("An account was locked")
                .doesNotContain(CASE_REFERENCE, PSEUDONYM, RATIONALE, PANEL_MEMBER)
                .doesNotContain(PASSWORD, WRONG_PASSWORD, Http.basic("marwood", PASSWORD).substring("Basic ".length()),
                        Http.basic("marwood", WRONG_PASSWORD).substring("Basic ".length()), TestUsers.ADMIN_PASSWORD, "$2a$");
    }
}
