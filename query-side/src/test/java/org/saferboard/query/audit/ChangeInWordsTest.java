package org.saferboard.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.events.DHRFundingAllocated;

/** Each recorded change in plain words, read from the event itself. */
class ChangeInWordsTest {

    private static final Instant AT = Instant.parse("2019-11-20T10:15:00Z");

    @Test
    void aRevisedDueDateReadsFromTheOldDateToTheNewWithTheReasonAsWhy() {
        ChangeInWords.Described described = ChangeInWords.describe(new ActionDueDateRevised("iom-districts",
                LocalDate.of(2019, 12, 6), LocalDate.of(2020, 1, 31), "Data not ready until January", AT), "iom-districts");

        assertThat(described.what()).isEqualTo("Action due date revised: due date 6 December 2019 -> 31 January 2020");
        assertThat(described.why()).isEqualTo("Data not ready until January");
    }

    @Test
    void aReassignmentNamesEachChangedFieldOnce() {
        ChangeInWords.Described described = ChangeInWords.describe(new ActionReassigned("iom-districts", "Chris Barratt",
                "Leicestershire Police", "Anita Chavda", "Leicestershire County Council", "Moved to the council", AT), "iom-districts");

        assertThat(described.what()).isEqualTo("Action reassigned: owner name Chris Barratt -> Anita Chavda; "
                + "owning agency Leicestershire Police -> Leicestershire County Council");
    }

    @Test
    void moneyReadsInPoundsAndTheFundsIdIsLeftOut() {
        ChangeInWords.Described described = ChangeInWords.describe(new DHRFundingAllocated("llr-fund", "alloc-1",
                123_456L, AllocationPurpose.REVIEW, "dhr-mary", "Chair's fee", "Minute 30", LocalDate.of(2019, 7, 1), AT),
                "llr-fund");

        assertThat(described.what()).isEqualTo("DHR funding allocated: allocation id alloc-1; amount £1,234.56; purpose review; "
                + "review id dhr-mary; description Chair's fee; resolution reference Minute 30; allocated on 1 July 2019");
        assertThat(described.why()).isNull();
    }
}
