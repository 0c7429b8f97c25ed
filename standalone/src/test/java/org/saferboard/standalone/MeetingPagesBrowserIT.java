package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The secretariat's meeting pages in a real browser, with JavaScript and without: the board's meeting of
 * 20 September 2019 scheduled, its minute 28 minuted and resolved in two lettered parts, an action raised from
 * part (b), the next meeting's Action Log downloaded as PDF, and the minutes confirmed there with an amendment,
 * shown beside the original wording.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OctoberFirst2019.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesBrowserIT extends StandaloneOverHttp {

    private static final String SECRETARY = "sam.secretary";

    @BeforeAll
    void createUsers() {
        assertThat(Http.admin(port).post("/api/users", TestUsers.newUser(SECRETARY, "Sam Secretary", "Leicestershire County Council",
                "SECRETARIAT")).status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void theSecretariatMinutesAMeetingRaisesAnActionFromPartBAndConfirmsTheMinutesWithAnAmendment(boolean javaScript)
            throws IOException {
        String board = javaScript ? "LSCSB" : "LRSCB";
        try (Browser browser = Browser.open(port, "secretariat-journey", javaScript)) {
            browser.signIn(SECRETARY, TestUsers.PASSWORD);
            browser.clickLink("Meetings").clickLink("Schedule a meeting");
            browser.type("boardId", board).typeDate("meetingDate", 20, 9, 2019).type("startTime", "10:00")
                    .type("venue", "Guthlaxton Committee Room, County Hall").type("chairName", "Mr. J. T. Orson JP CC").submit();
            assertThat(browser.heading()).isEqualTo("Meeting of 20 September 2019");
            String meetingPage = browser.path();

            browser.clickLink("Add an agenda item");
            browser.type("minuteNumber", "28").type("title", "Integrated Offender Management").type("presenter", "Chris Barratt").submit();
            browser.visit(meetingPage + "/items/28/minutes");
            browser.type("narrative",
                    "The Board considered a report on the 389 high risk offenders managed by IOM.").submit();
            browser.visit(meetingPage + "/items/28/resolution");
            browser.choose("outcome-0").type("parts", "That the report be noted;\nThat a breakdown by District be circulated.").submit();
            assertThat(browser.mainText()).contains("(a) That the report be noted;", "(b) That a breakdown by District be circulated.");

            browser.visit(meetingPage + "/items/28/action");
            browser.select("resolutionPart", "(b) That a breakdown by District be circulated.")
                    .type("title", "Break down the 389 high risk offenders managed by IOM by District")
                    .type("ownerName", "Chris Barratt").type("owningAgency", "Leicestershire Police").typeDate("dueDate", 6, 12, 2019)
                    .submit();
            assertThat(browser.path()).isEqualTo(meetingPage);
            assertThat(browser.mainText()).contains("Raise an action from this item: done",
                    "(b) Break down the 389 high risk offenders managed by IOM by District");

            browser.clickLink("Meetings").clickLink("Schedule a meeting");
            browser.type("boardId", board).typeDate("meetingDate", 6, 12, 2019).type("startTime", "10:00")
                    .choose("online").type("chairName", "Mr. J. T. Orson JP CC").submit();
            browser.clickLink("Action Log at this meeting");
            assertThat(browser.mainText()).as("the next meeting's Action Log reports the action")
                    .contains("From the meeting of 20 September 2019", "28(b)", "Break down the 389 high risk offenders",
                            "Chris Barratt, Leicestershire Police", "Amber: due soon");
            String pdfLink = browser.attribute("a[href$='action-log.pdf']", "href");
            HttpResponse<byte[]> pdf = browser.download(pdfLink, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains("Break down the 389 high risk offenders");
            }

            browser.visit(meetingPage + "/confirmation");
            browser.select("confirmedAtMeetingId", "6 December 2019").typeDate("confirmedOn", 6, 12, 2019)
                    .type("amended-28", "The Board considered a report on the 398 high risk offenders managed by IOM.").submit();
            assertThat(browser.mainText()).contains("Minutes confirmed", "Original wording",
                    "The Board considered a report on the 389 high risk offenders managed by IOM.", "Amended wording",
                    "The Board considered a report on the 398 high risk offenders managed by IOM.");

            browser.visit("/meetings/resolutions?text=breakdown");
            assertThat(browser.mainText()).contains("That a breakdown by District be circulated.");
        }
    }
}
