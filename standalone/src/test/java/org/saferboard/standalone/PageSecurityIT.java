package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pages' safety over plain HTTP: a form sent without its CSRF token changes nothing, a page asks who you are
 * before anything else, the Content-Security-Policy allows no inline script, and the API keeps answering
 * problem+json beside the pages.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageSecurityIT extends StandaloneOverHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        signIn();
        String raise = "title=Forged&ownerName=Someone&owningAgency=Somewhere&dueDate-day=1&dueDate-month=1&dueDate-year=2030"
                + "&sourceKind=AD_HOC&newId=forged-by-another-site";
        assertThat(post("/actions/new", raise).statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/api/actions/forged-by-another-site").status()).isEqualTo(404);

        String token = csrfOf(get("/actions/new").body());
        HttpResponse<String> sent = post("/actions/new", raise + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/actions/forged-by-another-site"));
    }

    @Test
    void aPageAsksWhoYouAreFirstAndTheApiStillAnswersProblemJson() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/meetings")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
        Http.Response api = Http.anonymous(port).get("/api/meetings");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void pagesAllowNoInlineScriptNoFontAndNoFraming() throws Exception {
        signIn();
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "font-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(home.body()).as("no inline script in the page").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(home.body()).contains("<html lang=\"en-GB\"");
        HttpResponse<String> notFound = get("/actions/no-such-action");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(notFound.body()).contains("Page not found", "There is no action no-such-action.");
    }

    @Test
    void hostileAddressesAreAnsweredWithAPageThatSaysSoNeverAFailure() throws Exception {
        signIn();
        for (String hostile : List.of("/actions?page=abc", "/actions?status=NOPE", "/actions?owner=a%00b", "/actions?page=99999999999",
                "/actions/%3Cscript%3E", "/actions/x/no-such-change", "/reviews?stage=X", "/reviews/%E2%80%AEgnp",
                "/meetings/x/items/abc/minutes", "/meetings/x/items/99999999999/minutes", "/audit?page=-5&caseKind=%E2%80%AE",
                "/audit?from-day=31&from-month=2&from-year=2020", "/fund/x/contributions?year=..%2F..", "/admin/users/%00",
                "/fund/x?asAtDate=2015-02-30", "/fund/x/allocations?asAtDate=%00&asAtTime=25:99",
                "/fund/x/partner?name=%3Cscript%3E&asAtDate=1900-01-01&asAtTime=10:00", "/fund/x/contributions/2015-16?asAtTime=10:00",
                "/fund/x/contributions?year=2015-16&asAtDate=99999-01-01", "/actions?asAtDate=2015-13-01&asAtTime=x")) {
            HttpResponse<String> answer = get(hostile);
            assertThat(answer.statusCode()).as(hostile).isBetween(200, 499);
            assertThat(answer.body()).as(hostile).doesNotContain("Sorry, there is a problem with SaferBoard");
        }
    }

    private void signIn() throws Exception {
        new Http(port).get("/api/signed-in"); // creates the tester through the administrators' API
        String token = csrfOf(get("/sign-in").body());
        HttpResponse<String> signedIn = post("/sign-in", "username=" + TestUsers.TESTER + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfOf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
        return token.group(1);
    }
}
