package org.saferboard.command.dhr;

import static org.saferboard.command.RefusedWith.refusedWith;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.dhr.commands.ClaimCaseReference;
import org.saferboard.api.dhr.events.CaseReferenceClaimed;
import org.saferboard.command.dhr.ReviewRefused;

class CaseReferenceTest {

    private static final String REFERENCE = "LR-DHR-2014-01";
    private static final String ID = ClaimCaseReference.idOf(REFERENCE);
    private static final CaseReferenceClaimed CLAIMED = new CaseReferenceClaimed(ID, REFERENCE, "dhr-mary");

    private AggregateTestFixture<CaseReference> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseReference.class);
    }

    @Test
    void canClaimAFreeCaseReference() {
        fixture.givenNoPriorActivity()
                .when(new ClaimCaseReference(ID, REFERENCE, "dhr-mary"))
                .expectEvents(CLAIMED);
    }

    @Test
    void canClaimItAgainForTheSameReview() {
        fixture.given(CLAIMED)
                .when(new ClaimCaseReference(ID, REFERENCE, "dhr-mary"))
                .expectNoEvents();
    }

    @Test
    void cannotClaimACaseReferenceAnotherReviewHolds() {
        fixture.given(CLAIMED)
                .when(new ClaimCaseReference(ID, REFERENCE, "dhr-fn"))
                .expectNoEvents()
                .expectException(refusedWith(ReviewRefused.CASE_REFERENCE_ALREADY_USED));
    }

    @Test
    void aReferenceIsTheSameWhateverItsCaseOrSpacing() {
        org.assertj.core.api.Assertions.assertThat(ClaimCaseReference.idOf(" lr-dhr-2014-01 ")).isEqualTo(ID);
    }
}
