package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The audit trail's page in a real browser, as an auditor reads it: a case's changes, who made each and under
 * which role, a link to the case, its CSV, and a date range that ends before it starts refused beside its field.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
class AuditPagesBrowserIT extends StandaloneOverHttp {

    @Test
    void anAuditorReadsWhoChangedACaseAndDownloadsIt() {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", TestUsers.newUser("ivy.auditor", "Ivy Auditor", "Internal Audit", "AUDITOR")).status())
                .isEqualTo(201);
        Http secretariat = new Http(port);
        assertThat(secretariat.post("/api/actions", """
                {"actionId":"audited","title":"Publish the domestic abuse needs assessment","ownerName":"James Fox",
                 "owningAgency":"Leicestershire County Council","dueDate":"2019-11-30","source":{"kind":"AD_HOC"}}""").status())
                .isEqualTo(201);
        assertThat(secretariat.post("/api/actions/audited/due-date",
                "{\"dueDate\":\"2020-01-31\",\"reason\":\"Cabinet meets in January\"}").status()).isEqualTo(200);

        try (Browser auditor = Browser.open(port, "auditor-journey", true)) {
            auditor.signIn("ivy.auditor", TestUsers.PASSWORD);
            assertThat(auditor.count("#navigation a[href='/audit']")).isEqualTo(1);
            assertThat(auditor.count("#navigation a[href='/admin/users']")).as("auditors read the users, too").isEqualTo(1);
            auditor.clickLink("Audit trail");
            auditor.type("caseId", "audited").submit("form.saferboard-filters");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                auditor.visit("/audit?caseId=audited");
                assertThat(auditor.mainText()).contains("2 changes", "Cabinet meets in January", "(tester, SECRETARIAT");
            });
            assertThat(auditor.count("a[href='/actions/audited']")).isEqualTo(2);
            HttpResponse<String> csv = auditor.download(auditor.attribute("a[download]", "href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("Cabinet meets in January");

            auditor.visit("/audit").typeDate("from", 1, 10, 2019).typeDate("to", 1, 9, 2019).submit("form.saferboard-filters");
            assertThat(auditor.errorSummary()).singleElement().asString().startsWith("To is before from");
        }
    }
}
