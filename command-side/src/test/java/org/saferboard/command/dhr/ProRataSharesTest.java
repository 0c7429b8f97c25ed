package org.saferboard.command.dhr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.saferboard.api.dhr.PartnerAmount;

/** Sharing a total pro rata, for any number of partners and any amounts up to 100 million pounds. */
class ProRataSharesTest {

    private static final long HUNDRED_MILLION_POUNDS = 100_000_000L * 100;

    record Case(List<PartnerAmount> weights, long totalPence) {
    }

    @Provide
    Arbitrary<Case> shares() {
        Arbitrary<List<Long>> weights = Arbitraries.longs().between(1, HUNDRED_MILLION_POUNDS).list().ofMinSize(1).ofMaxSize(60);
        return weights.flatMap(amounts -> {
            List<PartnerAmount> partners = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                partners.add(new PartnerAmount("Partner " + i, amounts.get(i)));
            }
            return Combinators.combine(Arbitraries.just(partners), Arbitraries.longs().between(0, HUNDRED_MILLION_POUNDS))
                    .as(Case::new);
        });
    }

    @Property(tries = 500)
    void theSharesAddUpToTheTotalToThePenny(@ForAll("shares") Case shared) {
        List<PartnerAmount> shares = ProRataShares.share(shared.totalPence(), shared.weights());
        assertThat(shares.stream().map(share -> BigInteger.valueOf(share.amountPence())).reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(BigInteger.valueOf(shared.totalPence()));
    }

    @Property(tries = 500)
    void eachShareIsWithinAPennyOfItsExactShare(@ForAll("shares") Case shared) {
        Map<String, Long> shares = ProRataShares.share(shared.totalPence(), shared.weights()).stream()
                .collect(Collectors.toMap(PartnerAmount::partner, PartnerAmount::amountPence));
        BigInteger weightTotal = shared.weights().stream().map(weight -> BigInteger.valueOf(weight.amountPence()))
                .reduce(BigInteger.ZERO, BigInteger::add);
        for (PartnerAmount weight : shared.weights()) {
            // exact share = total * weight / weightTotal; the share given is that rounded down or up
            BigInteger exactTimesWeightTotal = BigInteger.valueOf(shared.totalPence()).multiply(BigInteger.valueOf(weight.amountPence()));
            BigInteger givenTimesWeightTotal = BigInteger.valueOf(shares.getOrDefault(weight.partner(), 0L)).multiply(weightTotal);
            assertThat(givenTimesWeightTotal.subtract(exactTimesWeightTotal).abs()).as(weight.partner())
                    .isLessThan(weightTotal);
        }
    }

    @Property(tries = 200)
    void partnersAreListedInTheirOrderAndOnlyWithAShare(@ForAll("shares") Case shared) {
        List<PartnerAmount> shares = ProRataShares.share(shared.totalPence(), shared.weights());
        List<String> order = shared.weights().stream().map(PartnerAmount::partner).toList();
        assertThat(shares).allSatisfy(share -> assertThat(share.amountPence()).isPositive());
        assertThat(shares.stream().map(PartnerAmount::partner).toList()).isSortedAccordingTo(
                (a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
    }

    @Example
    void thePenniesLeftOverGoToTheLargestRemaindersEarlierPartnersFirstOnATie() {
        List<PartnerAmount> thirds = List.of(new PartnerAmount("Leicestershire Police", 100),
                new PartnerAmount("Leicester City Council", 100), new PartnerAmount("Rutland County Council", 100));
        assertThat(ProRataShares.share(100, thirds)).containsExactly(new PartnerAmount("Leicestershire Police", 34),
                new PartnerAmount("Leicester City Council", 33), new PartnerAmount("Rutland County Council", 33));
        assertThat(ProRataShares.share(200, thirds)).containsExactly(new PartnerAmount("Leicestershire Police", 67),
                new PartnerAmount("Leicester City Council", 67), new PartnerAmount("Rutland County Council", 66));
    }
}
