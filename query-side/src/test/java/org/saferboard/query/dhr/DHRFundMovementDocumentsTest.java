package org.saferboard.query.dhr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.events.AllocationReleased;
import org.saferboard.api.dhr.events.AnnualContributionsAgreed;
import org.saferboard.api.dhr.events.ContributionReceived;
import org.saferboard.api.dhr.events.ContributionsDrawnDown;
import org.saferboard.api.dhr.events.DHRFundEvent;
import org.saferboard.api.dhr.events.DHRFundOpened;
import org.saferboard.api.dhr.events.DHRFundingAllocated;
import org.saferboard.api.dhr.events.ExpenditureRecorded;
import org.saferboard.api.dhr.events.FinancialYearClosed;

class DHRFundMovementDocumentsTest {

    private static final Instant AT = Instant.parse("2015-06-18T11:00:00.123456789Z");
    private static final LocalDate ON = LocalDate.of(2015, 6, 18);
    private static final String FUND = "llr-dhr";
    private static final List<PartnerAmount> AMOUNTS = List.of(new PartnerAmount("Police", 160_000),
            new PartnerAmount("County", 300_001));

    /** One of every kind of fund event, with every field set. */
    private static final List<DHRFundEvent> EVERY_KIND = List.of(
            new DHRFundOpened(FUND, "LLR DHR fund", ON, 150_000, AT),
            new AnnualContributionsAgreed(FUND, "2015-16", AMOUNTS, "Minute 7(c)", ON, AT),
            new ContributionsDrawnDown(FUND, "call-1", "2015-16", AMOUNTS, "Two reviews", ON, AT),
            new ContributionReceived(FUND, "receipt-1", "2015-16", "Police", 160_000, ON, "Remittance 4401", AT),
            new DHRFundingAllocated(FUND, "chair-mary", 300_000, AllocationPurpose.REVIEW, "dhr-mary", "Chair's fee",
                    "Minute 30", ON, AT),
            new ExpenditureRecorded(FUND, "chair-mary", "invoice-7", 240_000, "Chair's first invoice", "INV-7", ON, AT),
            new AllocationReleased(FUND, "chair-mary", 60_000, "Under budget", ON, AT),
            new FinancialYearClosed(FUND, "2015-16", 10_000, 20_000, "2016-17", ON, AT));

    @Test
    void everyKindOfFundEventIsStoredInTheLedgersOwnShapeAndReadBackWhole() {
        assertThat(EVERY_KIND).extracting(Object::getClass).as("every event a fund has")
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(DHRFundEvent.class.getPermittedSubclasses()));

        for (int sequence = 0; sequence < EVERY_KIND.size(); sequence++) {
            DHRFundEvent event = EVERY_KIND.get(sequence);
            Document document = DHRFundMovementDocuments.toDocument(event, sequence);

            assertThat(document.toJson()).as("no class names stored").doesNotContain(event.getClass().getSimpleName());
            assertThat(DHRFundMovementDocuments.toEvent(Document.parse(document.toJson()))).isEqualTo(event);
        }
    }
}
