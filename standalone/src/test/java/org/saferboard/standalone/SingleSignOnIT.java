package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferboard.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a council's OpenID Connect provider (an in-process mock provider, started before the
 * app because the app reads the provider's metadata as it starts): API clients present bearer JWTs of that
 * issuer, and browsers sign in through the provider into a session whose writes need a CSRF token. Roles come
 * from the token's {@code roles} claim, as Microsoft Entra ID puts app roles there.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@ExtendWith(OutputCaptureExtension.class)
class SingleSignOnIT extends StandaloneOverHttp {

    private static final String ISSUER = "council";
    private static final String CLIENT_ID = "saferboard";
    private static final MockOAuth2Server PROVIDER = startedProvider();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MockOAuth2Server startedProvider() {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start();
        return provider;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String issuer = PROVIDER.issuerUrl(ISSUER).toString();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> CLIENT_ID);
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.client.registration.council.client-id", () -> CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.council.client-secret", () -> "client-secret-of-the-tests");
        registry.add("spring.security.oauth2.client.registration.council.scope", () -> "openid,profile");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    private static Map<String, Object> claims(String username, String name, String agency, List<String> roles) {
        return Map.of("preferred_username", username, "name", name, "agency", agency, "roles", roles);
    }

    private static String bearer(String issuer, String audience, Map<String, Object> claims) {
        return "Bearer " + PROVIDER.issueToken(issuer, "subject-" + claims.get("preferred_username"), audience, claims, 3600).serialize();
    }

    private Http.Response withToken(String method, String path, String body, String token) {
        return Http.anonymous(port).request(method, path, body, Map.of("Authorization", token));
    }

    @Test
    void aBearerTokenOfTheCouncilSignsInWithTheRolesItsClaimNames(CapturedOutput output) {
        String officer = bearer(ISSUER, CLIENT_ID, claims("Anita.Chavda@leics.gov.uk", "Anita Chavda", "Leicestershire County Council",
                List.of("Officer")));
        String secretariat = bearer(ISSUER, CLIENT_ID, claims("sam.secretary@leics.gov.uk", "Sam Secretary", "Leicestershire County Council",
                List.of("SECRETARIAT")));
        assertThat(withToken("POST", "/api/actions", """
                {"actionId":"sso-arrows","title":"Check the colour of the dashboard arrows","ownerName":"Anita Chavda",
                 "owningAgency":"Leicestershire County Council","dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""", secretariat).status())
                .isEqualTo(201);

        Http.Response completed = withToken("POST", "/api/actions/sso-arrows/complete", "{\"outcome\":\"Arrows recoloured\"}", officer);
        Http.Response fund = withToken("GET", "/api/dhr-funds/any/ledger", null, officer);
        Http.Response whoAmI = withToken("GET", "/api/signed-in", null, officer);

        assertThat(completed.status()).isEqualTo(200);
        assertThat(fund.status()).isEqualTo(403);
        assertThat(whoAmI.body().get("username").asText()).isEqualTo("anita.chavda@leics.gov.uk");
        assertThat(whoAmI.body().get("roles").toString()).isEqualTo("[\"OFFICER\"]");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(new Http(port).get("/api/audit-trail?caseId=sso-arrows")
                .body().findValuesAsText("whoInWords")).containsExactly(
                        "Sam Secretary (sam.secretary@leics.gov.uk, SECRETARIAT, Leicestershire County Council)",
                        "Anita Chavda (anita.chavda@leics.gov.uk, OFFICER, Leicestershire County Council)"));
        assertThat(output.getAll()).as("the log").doesNotContain(officer.substring("Bearer ".length()).split("\\.")[2],
                secretariat.substring("Bearer ".length()).split("\\.")[2]);
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceOrATamperedOneIsRefused() {
        Map<String, Object> claims = claims("eve@example.org", "Eve", "Elsewhere", List.of("SECRETARIAT"));
        String otherIssuer = bearer("elsewhere", CLIENT_ID, claims);
        String otherAudience = bearer(ISSUER, "another-app", claims);
        String genuine = bearer(ISSUER, CLIENT_ID, claims);
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        for (String token : List.of(otherIssuer, otherAudience, tampered, "Bearer not-a-token")) {
            Http.Response refused = withToken("GET", "/api/actions", null, token);
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(withToken("GET", "/api/actions", null, genuine).status()).isEqualTo(200);
    }

    @Test
    void aBrowserSignsInThroughTheProviderIntoASessionWhoseWritesNeedTheCsrfToken() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-sam", "JWT", List.of(CLIENT_ID),
                claims("sam.secretary@leics.gov.uk", "Sam Secretary", "Leicestershire County Council", List.of("SECRETARIAT")), 3600));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String app = "http://localhost:" + port;

        HttpResponse<String> toProvider = get(browser, app + "/oauth2/authorization/council");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        HttpResponse<String> backWithCode = get(browser, location(toProvider));
        assertThat(backWithCode.statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = get(browser, location(backWithCode));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(location(signedIn)).as("the home page").isEqualTo(app + "/");
        HttpResponse<String> home = get(browser, location(signedIn));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Sam Secretary");
        JsonNode me = JSON.readTree(get(browser, app + "/api/signed-in").body());

        assertThat(me.get("username").asText()).isEqualTo("sam.secretary@leics.gov.uk");
        assertThat(me.get("roles").toString()).isEqualTo("[\"SECRETARIAT\"]");
        String raise = """
                {"actionId":"browser-raised","title":"Hold a briefing with CSP Chairs on DHRs","ownerName":"Sam Secretary",
                 "owningAgency":"Leicestershire County Council","dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""";
        assertThat(post(browser, app + "/api/actions", raise, Map.of()).statusCode()).as("a write without the CSRF token").isEqualTo(403);
        assertThat(post(browser, app + "/api/actions", raise, Map.of(me.get("csrfHeader").asText(), me.get("csrfToken").asText()))
                .statusCode()).isEqualTo(201);
        assertThat(get(HttpClient.newHttpClient(), app + "/api/actions/browser-raised").statusCode())
                .as("the session is the browser's alone").isEqualTo(401);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
