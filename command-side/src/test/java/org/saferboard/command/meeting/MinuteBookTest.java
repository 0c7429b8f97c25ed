package org.saferboard.command.meeting;

import static org.saferboard.command.RefusedWith.refusedWith;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.meeting.commands.ClaimMinuteNumber;
import org.saferboard.api.meeting.commands.ReleaseMinuteNumbers;
import org.saferboard.api.meeting.events.MinuteNumberClaimed;
import org.saferboard.api.meeting.events.MinuteNumbersReleased;

class MinuteBookTest {

    private static final String BOOK = "LSCSB 2015-16";
    private static final String JUNE_MEETING = "2f6c1a4e-9d3b-4f7e-8a21-5c0d9e3b7a18";
    private static final String SEPTEMBER_MEETING = "8e0b4d2c-1f5a-4b6e-9c37-7a2d5e1f0b94";
    private static final MinuteNumberClaimed JUNE_HOLDS_35 = new MinuteNumberClaimed(BOOK, "LSCSB", "2015-16", 35, JUNE_MEETING);

    private AggregateTestFixture<MinuteBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MinuteBook.class);
    }

    @Test
    void canClaimFirstNumberOfTheYear() {
        fixture.givenNoPriorActivity()
                .when(new ClaimMinuteNumber(BOOK, "LSCSB", "2015-16", 35, JUNE_MEETING))
                .expectEvents(JUNE_HOLDS_35);
    }

    @Test
    void canClaimAgainForTheSameMeetingWithoutNewEvent() {
        fixture.given(JUNE_HOLDS_35)
                .when(new ClaimMinuteNumber(BOOK, "LSCSB", "2015-16", 35, JUNE_MEETING))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotClaimNumberAnotherMeetingHolds() {
        fixture.given(JUNE_HOLDS_35)
                .when(new ClaimMinuteNumber(BOOK, "LSCSB", "2015-16", 35, SEPTEMBER_MEETING))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.MINUTE_NUMBER_IN_USE));
    }

    @Test
    void canClaimNumberReleasedByCancelledMeeting() {
        fixture.given(JUNE_HOLDS_35, new MinuteNumbersReleased(BOOK, JUNE_MEETING, List.of(35)))
                .when(new ClaimMinuteNumber(BOOK, "LSCSB", "2015-16", 35, SEPTEMBER_MEETING))
                .expectEvents(new MinuteNumberClaimed(BOOK, "LSCSB", "2015-16", 35, SEPTEMBER_MEETING));
    }

    @Test
    void canReleaseOnlyNumbersTheMeetingHolds() {
        fixture.given(JUNE_HOLDS_35, new MinuteNumberClaimed(BOOK, "LSCSB", "2015-16", 36, SEPTEMBER_MEETING))
                .when(new ReleaseMinuteNumbers(BOOK, JUNE_MEETING, List.of(35, 36)))
                .expectEvents(new MinuteNumbersReleased(BOOK, JUNE_MEETING, List.of(35)));
    }
}
