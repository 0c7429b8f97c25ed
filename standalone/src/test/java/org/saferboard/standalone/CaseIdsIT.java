package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An id names one case of one kind. A request that names the id of another kind of case, for the case
 * it writes (409) or for a case it refers to (422), is refused with a problem that says what the id
 * belongs to, and nothing is stored.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseIdsIT extends StandaloneOverHttp {

    private static final String PROBLEM_JSON = "application/problem+json";


    private Http http;

    @BeforeAll
    void casesOfEveryKind() {
        http = new Http(port);
        assertThat(http.post("/api/actions", """
                {"actionId":"x1","title":"Break down the high risk offenders by District","ownerName":"Chris Barratt",
                 "owningAgency":"Leicestershire Police","dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""").status())
                .isEqualTo(201);
        assertThat(http.post("/api/meetings", """
                {"meetingId":"m1","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","venue":"County Hall",
                 "chairName":"Mr. J. T. Orson JP CC"}""").status()).isEqualTo(201);
        assertThat(http.post("/api/meetings/m1/agenda-items", "{\"minuteNumber\":28,\"title\":\"IOM\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/reviews", """
                {"reviewId":"r1","caseReference":"LR-DHR-2019-01","pseudonym":"Mary","dateOfDeath":"2019-05-02",
                 "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}""").status()).isEqualTo(201);
        assertThat(http.post("/api/dhr-funds", """
                {"fundId":"f1","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}""").status())
                .isEqualTo(201);
    }

    private static void refused(Http.Response response, int status, String code, String detail) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.body().get("code").asText()).isEqualTo(code);
        assertThat(response.body().get("detail").asText()).contains(detail);
    }

    @Test
    void aNewCaseCannotTakeTheIdOfACaseOfAnotherKind() {
        refused(http.post("/api/meetings", """
                {"meetingId":"x1","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","venue":"County Hall",
                 "chairName":"Chair"}"""), 409, "id-of-another-case", "The id x1 belongs to an action, not a meeting");
        refused(http.post("/api/actions", """
                {"actionId":"m1","title":"A title","ownerName":"Owner","owningAgency":"Agency","dueDate":"2019-12-06",
                 "source":{"kind":"AD_HOC"}}"""), 409, "id-of-another-case", "The id m1 belongs to a meeting, not an action");
        refused(http.post("/api/reviews", """
                {"reviewId":"f1","caseReference":"LR-DHR-2019-09","pseudonym":"FN","dateOfDeath":"2019-05-02",
                 "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Melton"}"""),
                409, "id-of-another-case", "belongs to a DHR fund, not a review");
        refused(http.post("/api/dhr-funds", """
                {"fundId":"r1","name":"Another fund","openedOn":"2019-04-01","openingBalance":"0.00"}"""),
                409, "id-of-another-case", "belongs to a review, not a DHR fund");
        refused(http.post("/api/meetings/m1/actions", """
                {"actionId":"r1","minuteNumber":28,"title":"Briefing","ownerName":"James Fox","owningAgency":"LCC",
                 "dueDate":"2019-12-06"}"""), 409, "id-of-another-case", "belongs to a review, not an action");
        assertThat(http.get("/api/meetings/m1?readAfter=m1@2").body().get("version").asLong()).as("the meeting's half is not stored").isEqualTo(2);
    }

    @Test
    void aChangeCannotNameACaseOfAnotherKind() {
        refused(http.post("/api/actions/m1/progress", "{\"note\":\"Drafted\"}"), 409, "id-of-another-case",
                "belongs to a meeting, not an action");
        refused(http.post("/api/meetings/x1/agenda-items", "{\"minuteNumber\":1,\"title\":\"Item\"}"), 409,
                "id-of-another-case", "belongs to an action, not a meeting");
        refused(http.put("/api/meetings/r1/agenda-items/1/resolution", "{\"outcome\":\"NOTED\",\"parts\":[{\"text\":\"Noted.\"}]}"),
                409, "id-of-another-case", "belongs to a review, not a meeting");
        refused(http.post("/api/reviews/x1/decision", "{\"holdReview\":true,\"rationale\":\"Criteria met\"}"), 409,
                "id-of-another-case", "belongs to an action, not a review");
        refused(http.post("/api/dhr-funds/m1/receipts", """
                {"receiptId":"p1","financialYear":"2019-20","partner":"Police","amount":"10.00"}"""), 409,
                "id-of-another-case", "belongs to a meeting, not a DHR fund");
        assertThat(http.get("/api/actions/x1?readAfter=x1@1").body().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aReferenceToACaseOfAnotherKindIsUnprocessable() {
        refused(http.post("/api/dhr-funds/f1/allocations", """
                {"allocationId":"a1","amount":"100.00","purpose":"REVIEW","reviewId":"x1","description":"Review costs",
                 "resolutionReference":"LSCSB 20 September 2019, minute 30"}"""), 422, "not-a-review",
                "x1 is an action, not a review");
        refused(http.post("/api/meetings/m1/confirmation", "{\"confirmedAtMeetingId\":\"x1\",\"confirmedOn\":\"2019-09-21\"}"),
                422, "not-a-meeting", "x1 (confirmedAtMeetingId) is an action, not a meeting");
        assertThat(http.get("/api/dhr-funds/f1/allocations?readAfter=f1@1").body().get("allocations")).isEmpty();
        assertThat(http.get("/api/meetings/m1?readAfter=m1@2").body().get("confirmation").isNull()).isTrue();
    }

    @Test
    void aReadOfAnIdOfAnotherKindIsNotFound() {
        Http.Response read = http.get("/api/meetings/x1", Map.of());
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith(PROBLEM_JSON);
    }
}
