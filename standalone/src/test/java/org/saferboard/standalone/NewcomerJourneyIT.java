package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The "done": the administrator signs in and creates an officer; the officer completes their agency's
 * action but is refused another agency's action, a review and the fund; an auditor reads who did each step.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
class NewcomerJourneyIT extends StandaloneOverHttp {

    @Autowired
    MongoDatabase database;

    @Test
    void anOfficerChangesOnlyTheirAgencysActionsAndTheAuditorSeesWhoDidWhat() {
        Http admin = Http.admin(port);
        assertThat(admin.post("/api/users", TestUsers.newUser("anita.chavda", "Anita Chavda", "Leicestershire County Council",
                "OFFICER")).status()).isEqualTo(201);
        assertThat(admin.post("/api/users", TestUsers.newUser("ivy.auditor", "Ivy Auditor", "Internal Audit", "AUDITOR")).status())
                .isEqualTo(201);
        Http.Response nullRole = admin.post("/api/users", """
                {"username":"no-role","displayName":"No Role","agency":"","roles":[null],"password":"a long enough password"}""");
        assertThat(nullRole.status()).as(nullRole.body().toString()).isEqualTo(400);
        assertThat(nullRole.contentType()).startsWith("application/problem+json");
        Http secretariat = new Http(port);
        Http officer = Http.as(port, "anita.chavda", TestUsers.PASSWORD);
        Http auditor = Http.as(port, "ivy.auditor", TestUsers.PASSWORD);
        raise(secretariat, "council-arrows", "Anita Chavda", "Leicestershire County Council");
        raise(secretariat, "police-iom", "Chris Barratt", "Leicestershire Police");
        assertThat(secretariat.post("/api/reviews", """
                {"reviewId":"dhr-mary","caseReference":"LR-DHR-2019-07","pseudonym":"Mary","dateOfDeath":"2019-05-02",
                 "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}""").status()).isEqualTo(201);

        Http.Response progress = officer.post("/api/actions/council-arrows/progress", "{\"note\":\"Arrows checked with the Performance Team\"}",
                Map.of("If-Match", "\"1\""));
        Http.Response askToRedate = officer.post("/api/actions/council-arrows/due-date-requests",
                "{\"dueDate\":\"2020-01-31\",\"reason\":\"The Performance Team meets in January\"}");
        Http.Response completed = officer.post("/api/actions/council-arrows/complete", "{\"outcome\":\"Arrows now show direction of travel\"}",
                Map.of("If-Match", "\"3\""));
        Http.Response otherAgencys = officer.post("/api/actions/police-iom/complete", "{\"outcome\":\"Done\"}");
        Http.Response redate = officer.post("/api/actions/council-arrows/due-date", "{\"dueDate\":\"2020-01-31\",\"reason\":\"later\"}");
        Http.Response askToRedateOthers = officer.post("/api/actions/police-iom/due-date-requests",
                "{\"dueDate\":\"2020-01-31\",\"reason\":\"later\"}");
        Http.Response review = officer.get("/api/reviews/dhr-mary");
        Http.Response fund = officer.post("/api/dhr-funds", """
                {"fundId":"llr-fund","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}""");
        Http.Response auditorWrites = auditor.post("/api/actions/council-arrows/reopen", "{\"reason\":\"Check\"}");

        assertThat(progress.status()).isEqualTo(200);
        assertThat(askToRedate.status()).isEqualTo(200);
        assertThat(askToRedateOthers.status()).isEqualTo(403);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(otherAgencys.status()).isEqualTo(403);
        assertThat(otherAgencys.body().get("code").asText()).isEqualTo("not-your-action");
        assertThat(otherAgencys.body().get("detail").asText()).contains("Leicestershire Police", "Leicestershire County Council");
        assertThat(redate.status()).isEqualTo(403);
        assertThat(review.status()).isEqualTo(403);
        assertThat(fund.status()).isEqualTo(403);
        assertThat(fund.body().get("detail").asText()).contains("OFFICER", "FINANCE");
        assertThat(auditorWrites.status()).isEqualTo(403);
        assertThat(database.getCollection("events").countDocuments(Filters.eq("aggregateIdentifier", "police-iom"))).isEqualTo(1);

        List<String> steps = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode trail = auditor.get("/api/audit-trail?caseId=council-arrows").body();
            steps.clear();
            trail.get("entries").forEach(entry -> steps.add(entry.get("change").asText() + " by " + entry.get("whoInWords").asText()));
            assertThat(steps).containsExactly(
                    "ActionRaised by Test Runner (tester, SECRETARIAT, SaferBoard tests)",
                    "ActionProgressRecorded by Anita Chavda (anita.chavda, OFFICER, Leicestershire County Council)",
                    "ActionDueDateRequested by Anita Chavda (anita.chavda, OFFICER, Leicestershire County Council)",
                    "ActionCompleted by Anita Chavda (anita.chavda, OFFICER, Leicestershire County Council)");
        });
        JsonNode request = auditor.get("/api/audit-trail?caseId=council-arrows&change=ActionDueDateRequested").body().at("/entries/0");
        assertThat(request.get("what").asText())
                .isEqualTo("Action due date requested: due date 6 December 2019; requested due date 31 January 2020");
        assertThat(request.get("why").asText()).isEqualTo("The Performance Team meets in January");
        JsonNode completion = auditor.get("/api/audit-trail?caseId=council-arrows&change=ActionCompleted").body().get("entries").get(0);
        assertThat(completion.get("what").asText()).isEqualTo("Action completed: outcome Arrows now show direction of travel");
        assertThat(completion.get("requestId").asText()).isEqualTo(completed.header("X-Request-Id"));
        assertThat(auditor.get("/api/audit-trail?person=anita.chavda").body().get("totalEntries").asLong()).isEqualTo(3);
        assertThat(officer.get("/api/audit-trail").status()).isEqualTo(403);
        Http.Response csv = auditor.get("/api/audit-trail.csv?caseId=council-arrows");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().asText()).startsWith("recorded at (Europe/London),recorded at (UTC),case kind,case id,version,change,who")
                .contains(",council-arrows,4,ActionCompleted,\"Anita Chavda (anita.chavda, OFFICER, Leicestershire County Council)\"");

        // the events themselves carry who, in their metadata
        Document completedEvent = database.getCollection("events").find(Filters.eq("aggregateIdentifier", "council-arrows"))
                .sort(Sorts.descending("sequenceNumber")).first();
        assertThat(completedEvent.toJson()).contains("anita.chavda", "OFFICER", completed.header("X-Request-Id"));
    }

    private static void raise(Http http, String actionId, String owner, String agency) {
        assertThat(http.post("/api/actions", """
                {"actionId":"%s","title":"Check the colour of the dashboard arrows","ownerName":"%s","owningAgency":"%s",
                 "dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""".formatted(actionId, owner, agency)).status()).isEqualTo(201);
    }
}
