package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * readAfter is checked against the event log before anything waits, and a read that waits holds no
 * request thread: the server keeps answering while hundreds of reads wait, and reads beyond the cap
 * are told at once to retry.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"saferboard.read-after.timeout=PT20S", "saferboard.read-after.max-waiting=" + ReadAfterIT.MAX_WAITING,
                "server.tomcat.threads.max=20"})
class ReadAfterIT extends StandaloneOverHttp {

    static final int MAX_WAITING = 50;
    private static final int READS = 300;

    @Autowired
    EventProcessingConfiguration processing;

    private Http raise(String actionId) {
        Http http = new Http(port);
        assertThat(http.post("/api/actions", """
                {"actionId":"%s","title":"Provide DV statistics","ownerName":"James Fox","owningAgency":"LCC",
                 "dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""".formatted(actionId)).status()).isEqualTo(201);
        return http;
    }

    @Test
    void aPositionNeverWrittenOrOfAnotherKindIsRefusedAtOnce() {
        Http http = raise("written-once");
        assertThat(http.post("/api/meetings", """
                {"meetingId":"after-meeting","boardId":"LSCSB","meetingDate":"2019-09-20","startTime":"10:00","online":true,
                 "chairName":"Chair"}""").status()).isEqualTo(201);

        long started = System.nanoTime();
        Http.Response neverWritten = http.get("/api/actions/written-once?readAfter=written-once@7");
        // the list of meetings shows meetings only (one meeting also shows the wording of its actions)
        Http.Response otherKind = http.get("/api/meetings?readAfter=written-once@1");
        Http.Response nobody = http.get("/api/actions?readAfter=nobody@1");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("answered without waiting").isLessThan(2_000);
        assertThat(neverWritten.status()).isEqualTo(400);
        assertThat(neverWritten.body().get("detail").asText()).contains("written-once@7 was never written");
        assertThat(otherKind.status()).isEqualTo(400);
        assertThat(otherKind.body().get("detail").asText()).contains("is a change of an action, which this read does not show; it shows meeting changes");
        assertThat(nobody.status()).isEqualTo(400);
    }

    @Test
    void readsWaitingForAWriteHoldNoRequestThreadAndThoseBeyondTheCapAreToldToRetry() throws Exception {
        TrackingEventProcessor actionLog = processing.eventProcessor(ActionLogProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        // stopped once it runs (stopping a processor still starting up can leave its restart waiting on its own claim)
        await().atMost(Duration.ofSeconds(30)).until(() -> !actionLog.processingStatus().isEmpty()
                && actionLog.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
        actionLog.shutDown();
        List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
        Http http;
        try {
            http = raise("awaited");
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < READS; i++) {
                reads.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/actions/awaited?readAfter=awaited@1")).timeout(Duration.ofSeconds(60))
                        .header("Authorization", Http.basic(TestUsers.TESTER, TestUsers.PASSWORD)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> reads.stream()
                    .filter(read -> read.isDone() && read.join().statusCode() == 503).count() == READS - MAX_WAITING);
            long started = System.nanoTime();
            assertThat(http.get("/actuator/health").status()).isEqualTo(200);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("health answered while reads wait")
                    .isLessThan(1_000);
        } finally {
            actionLog.start();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> read : reads) {
            statuses.add(read.get(60, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).containsOnly(200, 503);
        assertThat(statuses.stream().filter(status -> status == 200).count()).as("the reads that waited").isEqualTo(MAX_WAITING);
    }
}
