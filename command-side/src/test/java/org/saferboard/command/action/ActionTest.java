package org.saferboard.command.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.command.RefusedWith.refusedWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.CancelAction;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.api.action.commands.CorrectActionWording;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.action.commands.ReassignAction;
import org.saferboard.api.action.commands.RecordActionProgress;
import org.saferboard.api.action.commands.ReopenAction;
import org.saferboard.api.action.commands.RequestActionDueDate;
import org.saferboard.api.action.commands.ReviseActionDueDate;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRequested;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.action.events.ActionWordingCorrected;
import org.saferboard.api.people.ActingUser;
import org.saferboard.command.BrokenFieldRule;
import org.saferboard.command.CaseRefused;
import org.saferboard.command.StaleVersion;
import org.saferboard.command.action.ActionRefused;

class ActionTest {

    /** 23:30 UTC on 30 June 2015 is already 1 July in Europe/London (BST). */
    private static final Instant NOW = Instant.parse("2015-06-30T23:30:00Z");
    private static final LocalDate TODAY_IN_LONDON = LocalDate.of(2015, 7, 1);
    private static final Instant RAISED_AT = Instant.parse("2015-03-19T11:00:00Z");
    private static final String ACTION_ID = "4b1d1f0e-6d55-4c3e-8f0b-2d9b3c1a7e01";
    private static final String TITLE = "Confirm the funding situation for the remainder of 2015 and beyond";
    private static final String DESCRIPTION = "Paragraph 22 of the report refers.";
    private static final String OWNER = "James Fox";
    private static final String AGENCY = "Leicestershire County Council";
    private static final LocalDate DUE = LocalDate.of(2015, 6, 18);
    private static final ActionSource MINUTE_SOURCE =
            new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 28 January 2015, minute 27");
    private static final ActionRaised RAISED = new ActionRaised(ACTION_ID, TITLE, DESCRIPTION, OWNER, AGENCY, DUE,
            MINUTE_SOURCE, RAISED_AT);
    private static final ActionCompleted COMPLETED = new ActionCompleted(ACTION_ID, "Funding confirmed", null, RAISED_AT);
    private static final ActionCancelled CANCELLED = new ActionCancelled(ACTION_ID, "Overtaken by events", RAISED_AT);

    private AggregateTestFixture<Action> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Action.class);
        // the field rules on the commands, checked on the command bus as the application does
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RaiseAction raise() {
        return new RaiseAction(ACTION_ID, TITLE, DESCRIPTION, OWNER, AGENCY, DUE, MINUTE_SOURCE);
    }

    @Test
    void canRaiseAction() {
        fixture.givenNoPriorActivity()
                .when(raise())
                .expectEvents(new ActionRaised(ACTION_ID, TITLE, DESCRIPTION, OWNER, AGENCY, DUE, MINUTE_SOURCE, NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canRaiseAdHocActionWithoutReference() {
        ActionSource adHoc = new ActionSource(SourceKind.AD_HOC, null);
        fixture.givenNoPriorActivity()
                .when(new RaiseAction(ACTION_ID, TITLE, null, OWNER, AGENCY, DUE, adHoc))
                .expectEvents(new ActionRaised(ACTION_ID, TITLE, null, OWNER, AGENCY, DUE, adHoc, NOW));
    }

    @Test
    void canRepeatRaiseWithSameContentAndGetOriginalVersion() {
        fixture.given(RAISED, new ActionProgressRecorded(ACTION_ID, "Chased", TODAY_IN_LONDON, NOW))
                .when(raise())
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotRaiseWithUsedIdAndDifferentContent() {
        fixture.given(RAISED)
                .when(new RaiseAction(ACTION_ID, "Another title", DESCRIPTION, OWNER, AGENCY, DUE, MINUTE_SOURCE))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.ID_ALREADY_USED));
    }

    @Test
    void cannotRaiseWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new RaiseAction(ACTION_ID, " ", DESCRIPTION, OWNER, AGENCY, DUE, MINUTE_SOURCE))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("title"));
    }

    @Test
    void cannotRaiseWithoutDueDate() {
        fixture.givenNoPriorActivity()
                .when(new RaiseAction(ACTION_ID, TITLE, DESCRIPTION, OWNER, AGENCY, null, MINUTE_SOURCE))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("dueDate"));
    }

    @Test
    void cannotRaiseMeetingActionWithoutMinuteReference() {
        fixture.givenNoPriorActivity()
                .when(new RaiseAction(ACTION_ID, TITLE, DESCRIPTION, OWNER, AGENCY, DUE,
                        new ActionSource(SourceKind.MEETING_MINUTE, "")))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must name the minute or the review the action comes from");
    }

    @Test
    void canCorrectTheWordingOfAnOpenOrClosedAction() {
        fixture.given(RAISED)
                .when(new CorrectActionWording(ACTION_ID, "Confirm the funding situation with the OPCC", "Name who confirms", 1L))
                .expectEvents(new ActionWordingCorrected(ACTION_ID, TITLE, "Confirm the funding situation with the OPCC",
                        "Name who confirms", NOW));
        fixture.given(RAISED, COMPLETED)
                .when(new CorrectActionWording(ACTION_ID, "Confirm the funding situation with the OPCC", "Typo", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotCorrectTheWordingToWhatItIsOrToNothing() {
        fixture.given(RAISED)
                .when(new CorrectActionWording(ACTION_ID, TITLE, "Typo", null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.UNCHANGED));
        fixture.given(RAISED)
                .when(new CorrectActionWording(ACTION_ID, " ", "Typo", null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("title"));
        fixture.given(RAISED)
                .when(new CorrectActionWording(ACTION_ID, "Confirm the funding situation with the OPCC", "Typo", 3L))
                .expectNoEvents()
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT));
    }

    @Test
    void canRecordProgressDatedTodayInLondonByDefault() {
        fixture.given(RAISED)
                .when(new RecordActionProgress(ACTION_ID, "Report drafted", null, null))
                .expectEvents(new ActionProgressRecorded(ACTION_ID, "Report drafted", TODAY_IN_LONDON, NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void canRecordProgressWithEarlierDate() {
        LocalDate earlier = LocalDate.of(2015, 6, 1);
        fixture.given(RAISED)
                .when(new RecordActionProgress(ACTION_ID, "Report drafted", earlier, 1L))
                .expectEvents(new ActionProgressRecorded(ACTION_ID, "Report drafted", earlier, NOW));
    }

    @Test
    void cannotRecordProgressDatedAfterToday() {
        fixture.given(RAISED)
                .when(new RecordActionProgress(ACTION_ID, "Report drafted", TODAY_IN_LONDON.plusDays(1), null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotRecordProgressWithoutNote() {
        fixture.given(RAISED)
                .when(new RecordActionProgress(ACTION_ID, "", null, null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("note"));
    }

    @Test
    void cannotRecordProgressOnCompletedAction() {
        fixture.given(RAISED, COMPLETED)
                .when(new RecordActionProgress(ACTION_ID, "Late note", null, null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.NOT_OPEN));
    }

    @Test
    void canReassignAction() {
        fixture.given(RAISED)
                .when(new ReassignAction(ACTION_ID, "Chris Barratt", "Leicestershire Police", "Moved post", null))
                .expectEvents(new ActionReassigned(ACTION_ID, OWNER, AGENCY, "Chris Barratt", "Leicestershire Police",
                        "Moved post", NOW));
    }

    @Test
    void cannotReassignToCurrentOwner() {
        fixture.given(RAISED)
                .when(new ReassignAction(ACTION_ID, OWNER, AGENCY, null, null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.UNCHANGED));
    }

    @Test
    void cannotReassignCancelledAction() {
        fixture.given(RAISED, CANCELLED)
                .when(new ReassignAction(ACTION_ID, "Chris Barratt", "Leicestershire Police", null, null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.NOT_OPEN));
    }

    @Test
    void canReviseDueDateWithReason() {
        LocalDate later = LocalDate.of(2015, 9, 17);
        fixture.given(RAISED)
                .when(new ReviseActionDueDate(ACTION_ID, later, "Awaiting Police data", 1L))
                .expectEvents(new ActionDueDateRevised(ACTION_ID, DUE, later, "Awaiting Police data", NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotReviseDueDateWithoutReason() {
        fixture.given(RAISED)
                .when(new ReviseActionDueDate(ACTION_ID, LocalDate.of(2015, 9, 17), "  ", null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("reason"));
    }

    @Test
    void cannotReviseDueDateOfCompletedAction() {
        fixture.given(RAISED, COMPLETED)
                .when(new ReviseActionDueDate(ACTION_ID, LocalDate.of(2015, 9, 17), "Slipped", null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.NOT_OPEN));
    }

    @Test
    void cannotReviseDueDateToTheSameDate() {
        fixture.given(RAISED)
                .when(new ReviseActionDueDate(ACTION_ID, DUE, "No change really", null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.UNCHANGED));
    }

    @Test
    void canCompleteAction() {
        fixture.given(RAISED)
                .when(new CompleteAction(ACTION_ID, "Funding confirmed to March 2016", "Letter of 2 June 2015", null))
                .expectEvents(new ActionCompleted(ACTION_ID, "Funding confirmed to March 2016", "Letter of 2 June 2015", NOW));
    }

    @Test
    void cannotCompleteWithoutOutcome() {
        fixture.given(RAISED)
                .when(new CompleteAction(ACTION_ID, null, null, null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("outcome"));
    }

    @Test
    void cannotCompleteCancelledAction() {
        fixture.given(RAISED, CANCELLED)
                .when(new CompleteAction(ACTION_ID, "Done anyway", null, null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.NOT_OPEN))
                .expectExceptionMessage("Action " + ACTION_ID + " is cancelled; it cannot be completed. "
                        + "Reopen it first if the work continues.");
    }

    @Test
    void cannotCompleteActionTwice() {
        fixture.given(RAISED, COMPLETED)
                .when(new CompleteAction(ACTION_ID, "Again", null, null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.NOT_OPEN));
    }

    @Test
    void canReopenCompletedAction() {
        fixture.given(RAISED, COMPLETED)
                .when(new ReopenAction(ACTION_ID, "Figures were for the County only", 2L))
                .expectEvents(new ActionReopened(ACTION_ID, "Figures were for the County only", NOW))
                .expectResultMessagePayload(3L);
    }

    @Test
    void canReopenCancelledAction() {
        fixture.given(RAISED, CANCELLED)
                .when(new ReopenAction(ACTION_ID, "Board asked for it after all", null))
                .expectEvents(new ActionReopened(ACTION_ID, "Board asked for it after all", NOW));
    }

    @Test
    void cannotReopenOpenAction() {
        fixture.given(RAISED)
                .when(new ReopenAction(ACTION_ID, "Why not", null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.ALREADY_OPEN));
    }

    @Test
    void cannotReopenWithoutReason() {
        fixture.given(RAISED, COMPLETED)
                .when(new ReopenAction(ACTION_ID, "", null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("reason"));
    }

    @Test
    void canCancelAction() {
        fixture.given(RAISED)
                .when(new CancelAction(ACTION_ID, "Overtaken by events", null))
                .expectEvents(new ActionCancelled(ACTION_ID, "Overtaken by events", NOW));
    }

    @Test
    void cannotCancelCompletedAction() {
        fixture.given(RAISED, COMPLETED)
                .when(new CancelAction(ACTION_ID, "Changed our minds", null))
                .expectNoEvents()
                .expectException(refusedWith(ActionRefused.NOT_OPEN));
    }

    @Test
    void cannotCancelWithoutReason() {
        fixture.given(RAISED)
                .when(new CancelAction(ACTION_ID, null, null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("reason"));
    }

    @Test
    void cannotWriteWithStaleVersion() {
        fixture.given(RAISED, new ActionProgressRecorded(ACTION_ID, "Chased", TODAY_IN_LONDON, NOW))
                .when(new CompleteAction(ACTION_ID, "Done", null, 1L))
                .expectNoEvents()
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT))
                .expectExceptionMessage("Action " + ACTION_ID + " is at version 2, not 1; "
                        + "reload it, check the change, and retry with the current version.");
    }

    @Test
    void cannotWriteWithVersionAheadOfAction() {
        fixture.given(RAISED)
                .when(new CompleteAction(ACTION_ID, "Done", null, 5L))
                .expectNoEvents()
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT));
    }

    @Test
    void staleVersionReportsCurrentVersion() {
        StaleVersion refusal = new StaleVersion("Action " + ACTION_ID, 1, 4);
        assertThat(refusal.currentVersion()).isEqualTo(4);
        assertThat(refusal.code()).isEqualTo("version-conflict");
    }

    private static Map<String, String> actingAs(String role, String name, String agency) {
        return Map.of(ActingUser.USER_ID, "someone", ActingUser.DISPLAY_NAME, name, ActingUser.AGENCY, agency, ActingUser.ROLE_USED, role);
    }

    @Test
    void anOwnerAsksForANewDueDateWhichMovesOnlyWhenTheSecretariatRevisesIt() {
        fixture.given(RAISED)
                .when(new RequestActionDueDate(ACTION_ID, LocalDate.of(2015, 9, 17), "Figures come after the quarter", 1L),
                        actingAs("OFFICER", "Someone Else", AGENCY))
                .expectEvents(new ActionDueDateRequested(ACTION_ID, DUE, LocalDate.of(2015, 9, 17), "Figures come after the quarter", NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anOfficerOfAnotherAgencyIsRefusedAnyChangeOfTheAction() {
        fixture.given(RAISED)
                .when(new CompleteAction(ACTION_ID, "Done", null, null), actingAs("OFFICER", "Chris Barratt", "Leicestershire Police"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("belongs to James Fox of Leicestershire County Council"))
                .expectException(refusedWith(ActionRefused.NOT_YOURS));
    }

    @Test
    void anOfficerReachesAnActionOwnedByThemInAnotherAgencysName() {
        fixture.given(RAISED)
                .when(new RecordActionProgress(ACTION_ID, "Asked finance", null, null), actingAs("OFFICER", " james  FOX", "Rutland County Council"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSecretariatReachesEveryAction() {
        fixture.given(RAISED)
                .when(new CompleteAction(ACTION_ID, "Done", null, null), actingAs("SECRETARIAT", "Sam", "Rutland County Council"))
                .expectSuccessfulHandlerExecution();
    }
}
