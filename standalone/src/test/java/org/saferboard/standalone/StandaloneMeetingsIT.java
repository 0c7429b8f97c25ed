package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.meeting.events.MinuteNumberClaimed;
import org.saferboard.query.web.CalendarFeeds;
import org.saferboard.standalone.demo.DemoBoard;
import org.saferboard.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Meetings over a real MongoDB wire connection: the minutes of 14 June 2019, confirmed with an amendment on 20 September 2019. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"saferboard.read-after.timeout=PT5S", "saferboard.calendar.feed-key=" + StandaloneMeetingsIT.FEED_KEY})
class StandaloneMeetingsIT extends StandaloneOverHttp {

    static final String FEED_KEY = "the-tests-calendar-feed-key-32-chars-or-more";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ORIGINAL = "The Home Office had allocated £100 million to police forces for tackling knife crime.";
    private static final String AMENDED = "The Home Office had allocated £100 million to police forces for tackling knife crime "
            + "and Leicestershire Police would receive 1.4 million.";

    @Autowired
    MongoDatabase database;

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarFeeds calendarFeeds;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private void schedule(String meetingId, String board, String date) {
        Http.Response response = http.post("/api/meetings", """
                {"meetingId":"%s","boardId":"%s","meetingDate":"%s","startTime":"10:00",
                 "venue":"County Hall, Glenfield","chairName":"Mr. I. D. Ould OBE CC"}""".formatted(meetingId, board, date));
        assertThat(response.status()).isEqualTo(201);
    }

    private Http.Response addItem(String meetingId, int minuteNumber, String title) {
        return http.post("/api/meetings/" + meetingId + "/agenda-items",
                "{\"minuteNumber\":%d,\"title\":\"%s\"}".formatted(minuteNumber, title));
    }

    private long globalIndexOf(String aggregateId, String eventType, String meetingId) {
        return database.getCollection("events")
                .find(Filters.and(Filters.eq("aggregateIdentifier", aggregateId),
                        Filters.regex("payloadType", eventType + "$"), Filters.regex("payload", meetingId)))
                .first().getLong("globalIndex");
    }

    /** As a calendar program reads it: ical4j's own parser over what is served. */
    private static VEvent onlyEvent(Http.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(response.body().asText())).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void meetingInCalendarsKeepsItsUidThroughChangesAndCancellation() throws Exception {
        schedule("cal-september", "LSCSB-CAL", "2019-09-20");
        schedule("cal-december", "LSCSB-CAL", "2019-12-06");
        assertThat(addItem("cal-december", 40, "Prevent Update").status()).isEqualTo(200);

        VEvent scheduled = onlyEvent(http.get("/api/meetings/cal-december/calendar.ics?readAfter=cal-december@2"));
        assertThat(http.post("/api/meetings/cal-december/cancel", "{\"reason\":\"Not quorate\"}").status()).isEqualTo(200);
        VEvent cancelled = onlyEvent(http.get("/api/meetings/cal-december/calendar.ics?readAfter=cal-december@3"));
        String feed = http.get("/api/meetings/calendar.ics?board=LSCSB-CAL").body().asText();

        assertThat(property(scheduled, Property.UID)).isEqualTo("cal-december@saferboard");
        assertThat(property(scheduled, Property.DTSTART)).isEqualTo("20191206T100000Z");
        assertThat(property(scheduled, Property.DESCRIPTION)).contains("40. Prevent Update");
        assertThat(property(scheduled, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(property(cancelled, Property.UID)).isEqualTo(property(scheduled, Property.UID));
        assertThat(Integer.parseInt(property(cancelled, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(property(scheduled,
                Property.SEQUENCE)));
        assertThat(property(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        List<VEvent> board = new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");
        assertThat(board).extracting(event -> property(event, Property.UID))
                .containsExactly("cal-september@saferboard", "cal-december@saferboard");
        assertThat(http.get("/api/meetings/calendar.ics?board=NO-SUCH-BOARD").status()).isEqualTo(404);
        assertThat(http.get("/api/meetings/calendar.ics").status()).as("the board is required").isEqualTo(400);

        Http.Response subscribed = Http.anonymous(port).get(calendarFeeds.path("LSCSB-CAL").orElseThrow());
        assertThat(subscribed.status()).as("a calendar program subscribes without signing in").isEqualTo(200);
        assertThat(new CalendarBuilder().build(new StringReader(subscribed.body().asText())).<VEvent>getComponents("VEVENT"))
                .extracting(event -> property(event, Property.UID)).containsExactly("cal-september@saferboard", "cal-december@saferboard");
        String otherBoardsToken = calendarFeeds.path("LSCSB").orElseThrow().replaceAll(".*/", "");
        Http.Response wrongToken = Http.anonymous(port).get("/calendar-feeds/LSCSB-CAL/" + otherBoardsToken);
        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(wrongToken.contentType()).startsWith(PROBLEM_JSON);
        assertThat(Http.anonymous(port).get("/api/meetings/calendar.ics?board=LSCSB-CAL").status()).as("the API's feed needs sign-in")
                .isEqualTo(401);
    }

    @Test
    void withoutTheDemoOptionNoDemoBoardIsLoaded() {
        assertThat(context.getBeansOfType(DemoBoard.class)).isEmpty();
        assertThat(http.get("/api/meetings/lscsb-2015-03-19").status()).isEqualTo(404);
    }

    @Test
    void minutesConfirmedWithAmendmentAtNextMeetingShowOriginalAndAmendedTextAndAreLocked() {
        schedule("june-2019", "LSCSB-A", "2019-06-14");
        schedule("september-2019", "LSCSB-A", "2019-09-20");
        assertThat(addItem("june-2019", 5, "Matters Arising - OPCC Update").status()).isEqualTo(200);
        assertThat(http.put("/api/meetings/june-2019/agenda-items/5/minutes",
                "{\"narrative\":\"%s\"}".formatted(ORIGINAL)).status()).isEqualTo(200);
        assertThat(http.put("/api/meetings/june-2019/agenda-items/5/resolution",
                "{\"outcome\":\"NOTED\",\"parts\":[{\"text\":\"That the update be noted.\"}]}").status()).isEqualTo(200);

        Http.Response confirmed = http.post("/api/meetings/june-2019/confirmation", """
                {"confirmedAtMeetingId":"september-2019","confirmedOn":"2019-09-20",
                 "amendments":[{"minuteNumber":5,"amendedText":"%s"}]}""".formatted(AMENDED));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("version").asLong()).isEqualTo(6);

        Http.Response view = http.get("/api/meetings/june-2019?readAfter=" + confirmed.body().get("readAfter").asText());
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().get("status").asText()).isEqualTo("MINUTES_CONFIRMED");
        assertThat(view.body().get("municipalYear").asText()).isEqualTo("2019-20");
        JsonNode item = view.body().get("items").get(0);
        assertThat(item.get("minutes").asText()).isEqualTo(AMENDED);
        assertThat(item.get("resolution").get("outcome").asText()).isEqualTo("NOTED");
        assertThat(item.get("amendments").get(0).get("originalText").asText()).isEqualTo(ORIGINAL);
        assertThat(item.get("amendments").get(0).get("amendedText").asText()).isEqualTo(AMENDED);
        assertThat(item.get("amendments").get(0).get("amendedAtMeetingId").asText()).isEqualTo("september-2019");

        Http.Response locked = http.put("/api/meetings/june-2019/agenda-items/5/minutes", "{\"narrative\":\"Rewritten.\"}");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.contentType()).startsWith(PROBLEM_JSON);
        assertThat(locked.body().get("code").asText()).isEqualTo("minutes-locked");
    }

    @Test
    void minuteNumberIsUsedOnceInBoardsMunicipalYearUntilItsMeetingIsCancelled() {
        schedule("march-2015", "LSCSB-B", "2015-03-19");
        schedule("june-2015", "LSCSB-B", "2015-06-18");
        schedule("september-2015", "LSCSB-B", "2015-09-17");
        schedule("other-board-june-2015", "LLR-SPB", "2015-06-18");
        assertThat(addItem("march-2015", 35, "Victim First").status()).isEqualTo(200);
        assertThat(addItem("june-2015", 35, "Victim First").status())
                .as("19 March 2015 is in municipal year 2014-15, so 35 is free in 2015-16").isEqualTo(200);
        assertThat(addItem("other-board-june-2015", 35, "Victim First").status()).as("another board").isEqualTo(200);
        assertThat(globalIndexOf("LSCSB-B 2015-16", "MinuteNumberClaimed", "june-2015"))
                .as("the claim is stored before the item, so an item never stands without its claim")
                .isLessThan(globalIndexOf("june-2015", "AgendaItemAdded", "june-2015"));

        Http.Response reused = addItem("september-2015", 35, "Matters arising");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(reused.body().get("code").asText()).isEqualTo("minute-number-in-use");
        assertThat(reused.body().get("detail").asText()).contains("LSCSB-B 2015-16", "june-2015");
        assertThat(http.get("/api/meetings/september-2015?readAfter=september-2015@1").body().get("items")).isEmpty();

        assertThat(http.post("/api/meetings/june-2015/cancel", "{\"reason\":\"Not quorate\"}").status()).isEqualTo(200);
        assertThat(addItem("september-2015", 35, "Victim First").status()).isEqualTo(200);
    }

    /**
     * An agenda item changes two aggregates: the minute book claims the number, the meeting adds the
     * item. Axon hands both events to the event store in one append, which readers see whole or not
     * at all: when the append is refused (here the meeting's place in its stream is held by a write
     * that never completed), nothing of the request is stored, not even the claim, and the same
     * request again stores both, once.
     */
    private static long claimsOf(MongoCollection<Document> events, String meetingId) {
        return events.countDocuments(Filters.and(Filters.eq("payloadType", MinuteNumberClaimed.class.getName()),
                Filters.regex("payload", "\"meetingId\":\"" + meetingId + "\"")));
    }

    @Test
    void aRefusedAppendStoresNeitherTheMinuteClaimNorTheItemAndTheRetryStoresBothOnce() {
        schedule("partial-2019", "LSCSB-P", "2019-06-14");
        schedule("other-2019", "LSCSB-P", "2019-09-20");
        MongoCollection<Document> events = database.getCollection("events");
        Document neverCompleted = new Document("_id", "partial-2019/1").append("aggregateIdentifier", "partial-2019")
                .append("sequenceNumber", 1L).append("type", "Meeting").append("eventIdentifier", "never-completed")
                .append("globalIndex", -1_000_000L).append("storedAt", new Date())
                .append("commitId", "never-completed").append("commitFirst", -1_000_000L).append("commitLast", -999_999L);
        events.insertOne(neverCompleted);

        Http.Response refused = addItem("partial-2019", 7, "Knife crime");
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
        assertThat(claimsOf(events, "partial-2019")).as("no claim without its item").isZero();

        events.deleteOne(Filters.eq("_id", "partial-2019/1"));
        Http.Response retried = addItem("partial-2019", 7, "Knife crime");

        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        assertThat(claimsOf(events, "partial-2019")).isEqualTo(1);
        JsonNode meeting = http.get("/api/meetings/partial-2019?readAfter=" + retried.body().get("readAfter").asText()).body();
        assertThat(meeting.get("items")).extracting(item -> item.get("minuteNumber").asInt()).containsExactly(7);
        assertThat(addItem("other-2019", 7, "Knife crime").status()).as("held by the first meeting").isEqualTo(409);
    }

    @Test
    void actionRaisedFromResolutionPartShowsInActionLogAndMeetingView() {
        schedule("september-2015-d", "LSCSB-D", "2015-09-17");
        assertThat(addItem("september-2015-d", 39, "Domestic Homicide Reviews").status()).isEqualTo(200);
        assertThat(http.put("/api/meetings/september-2015-d/agenda-items/39/resolution", """
                {"outcome":"RESOLVED","parts":[{"letter":"a","text":"That the update be noted;"},
                 {"letter":"b","text":"That a briefing be held with CSP Chairs."}]}""").status()).isEqualTo(200);

        Http.Response raised = http.post("/api/meetings/september-2015-d/actions", """
                {"actionId":"csp-briefing","minuteNumber":39,"resolutionPart":"b",
                 "title":"Hold a short briefing with CSP Chairs on Domestic Homicide Reviews",
                 "ownerName":"James Fox","owningAgency":"Leicestershire County Council","dueDate":"2015-12-10"}""");
        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.header("Location")).isEqualTo("/api/actions/csp-briefing");

        // the Action Log at a meeting is read from the actions too: it waits for the action's position, not the meeting's
        Http.Response actionLog = http.get("/api/meetings/september-2015-d/action-log?readAfter="
                + raised.body().get("readAfter").asText());
        assertThat(actionLog.status()).as(actionLog.body().toString()).isEqualTo(200);
        JsonNode action = http.get("/api/actions/csp-briefing?readAfter=" + raised.body().get("readAfter").asText()).body();
        assertThat(action.get("source").get("reference").asText()).isEqualTo("LSCSB-D 17 September 2015, minute 39(b)");
        assertThat(action.get("source").get("meetingId").asText()).isEqualTo("september-2015-d");
        assertThat(action.get("source").get("minuteNumber").asInt()).isEqualTo(39);
        assertThat(raised.body().get("sourceReadAfter").asText()).isEqualTo("september-2015-d@4");
        JsonNode item = http.get("/api/meetings/september-2015-d?readAfter=" + raised.body().get("sourceReadAfter").asText())
                .body().get("items").get(0);
        assertThat(item.get("actions").get(0).get("actionId").asText()).isEqualTo("csp-briefing");
        assertThat(item.get("actions").get(0).get("resolutionPart").asText()).isEqualTo("b");

        // a corrected wording shows wherever the action does: the action log, the meeting, the Action Log at the meeting
        Http.Response reworded = http.post("/api/actions/csp-briefing/wording", """
                {"title":"Hold a briefing with CSP Chairs on Domestic Homicide Reviews","reason":"It was not short"}""");
        assertThat(reworded.status()).as(reworded.body().toString()).isEqualTo(200);
        String after = "?readAfter=" + reworded.body().get("readAfter").asText();
        String wording = "Hold a briefing with CSP Chairs on Domestic Homicide Reviews";
        assertThat(http.get("/api/actions/csp-briefing" + after).body().get("title").asText()).isEqualTo(wording);
        assertThat(http.get("/api/meetings/september-2015-d" + after).body().get("items").get(0).get("actions").get(0)
                .get("title").asText()).isEqualTo(wording);
        // the Action Log at a later meeting lists it as it stood that day: it was raised (and reworded) today
        String nextMeeting = LocalDate.now(BusinessCalendar.BUSINESS_ZONE).plusDays(1).toString();
        schedule("next-meeting-d", "LSCSB-D", nextMeeting);
        // the readAfter is the rewording's; the new meeting is another write, which the read model reaches soon after
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/api/meetings/next-meeting-d/action-log" + after)
                .body().toString()).contains(wording).doesNotContain("Hold a short briefing"));

        Http.Response unknownPart = http.post("/api/meetings/september-2015-d/actions", """
                {"actionId":"other","minuteNumber":39,"resolutionPart":"c","title":"T","ownerName":"James Fox",
                 "owningAgency":"Leicestershire County Council","dueDate":"2015-12-10"}""");
        assertThat(unknownPart.status()).isEqualTo(422);
        assertThat(unknownPart.body().get("code").asText()).isEqualTo("unknown-resolution-part");
        assertThat(http.get("/api/actions/other").status()).isEqualTo(404);
    }

    @Test
    void requestsNamingWhatMeetingDoesNotHaveAreRefusedWithProblems() {
        schedule("december-2015", "LSCSB-C", "2015-12-10");

        Http.Response unknownMinute = http.put("/api/meetings/december-2015/agenda-items/99/minutes", "{\"narrative\":\"Text.\"}");
        Http.Response unknownMeeting = http.put("/api/meetings/no-such-meeting/agenda-items/1/minutes", "{\"narrative\":\"Text.\"}");
        Http.Response badLetters = http.put("/api/meetings/december-2015/agenda-items/1/resolution",
                "{\"outcome\":\"RESOLVED\",\"parts\":[{\"letter\":\"A\",\"text\":\"Noted.\"}]}");
        Http.Response notInView = http.get("/api/meetings/no-such-meeting");

        assertThat(unknownMinute.status()).isEqualTo(422);
        assertThat(unknownMinute.body().get("code").asText()).isEqualTo("unknown-minute");
        assertThat(unknownMeeting.status()).isEqualTo(404);
        assertThat(unknownMeeting.body().get("code").asText()).isEqualTo("meeting-not-found");
        assertThat(badLetters.status()).isEqualTo(400);
        assertThat(badLetters.contentType()).startsWith(PROBLEM_JSON);
        assertThat(notInView.status()).isEqualTo(404);
        assertThat(notInView.body().get("code").asText()).isEqualTo("meeting-not-found");
    }
}
