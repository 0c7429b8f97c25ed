package org.saferboard.command.dhr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.saferboard.api.dhr.PartnerAmount;

/**
 * A total shared between partners in proportion to their weights (their agreed contributions), in
 * whole pence: each partner gets its exact share rounded down, and the pence left over go one each
 * to the largest remainders, earlier partners first on a tie (the largest-remainder method). So the
 * shares always add up to the total to the penny and each is within a penny of its exact share.
 * Products are taken as BigInteger: a total and a weight of 100 million pounds each overflow a long.
 */
final class ProRataShares {

    private ProRataShares() {
    }

    /**
     * @param totalPence the amount to share, at least 0
     * @param weights    each partner's weight in pence, each positive, in the order ties are settled
     * @return each partner with a share above nothing, in the order of {@code weights}
     */
    static List<PartnerAmount> share(long totalPence, List<PartnerAmount> weights) {
        if (totalPence < 0 || weights.isEmpty() || weights.stream().anyMatch(weight -> weight.amountPence() <= 0)) {
            throw new IllegalArgumentException("a total of at least nothing shared by positive weights");
        }
        BigInteger weightTotal = weights.stream().map(weight -> BigInteger.valueOf(weight.amountPence()))
                .reduce(BigInteger.ZERO, BigInteger::add);
        record Part(int position, long roundedDown, BigInteger remainder) {
        }
        List<Part> parts = new ArrayList<>();
        long allotted = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigInteger[] division = BigInteger.valueOf(totalPence).multiply(BigInteger.valueOf(weights.get(i).amountPence()))
                    .divideAndRemainder(weightTotal);
            parts.add(new Part(i, division[0].longValueExact(), division[1]));
            allotted += division[0].longValueExact();
        }
        long[] shares = parts.stream().mapToLong(Part::roundedDown).toArray();
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::position));
        // fewer pence are left over than there are partners: each remainder is below one penny's worth
        for (int k = 0; k < totalPence - allotted; k++) {
            shares[byRemainder.get(k).position()]++;
        }
        List<PartnerAmount> amounts = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > 0) {
                amounts.add(new PartnerAmount(weights.get(i).partner(), shares[i]));
            }
        }
        return amounts;
    }
}
