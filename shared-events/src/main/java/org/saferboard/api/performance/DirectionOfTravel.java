package org.saferboard.api.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Which way an indicator's figure moved since the same quarter a year before, and whether that is good:
 * the arrow shows the movement (a rise points up), its colour the judgement by the indicator's polarity
 * (a rise in a lower-is-better indicator is red). Members asked for exactly this after a dashboard showed
 * a rising crime type with a red arrow pointing down. A change within the tolerance either way is level;
 * level and context-only movements are not judged. The words say it all without the colour.
 *
 * @param changePercent the change as a percentage of the earlier figure, to one decimal place; null when the earlier figure is 0
 * @param arrow the direction's arrow: ↑, ↓ or →
 * @param colour the judgement's colour: green better, red worse, grey not judged
 */
public record DirectionOfTravel(Direction direction, Judgement judgement, BigDecimal changePercent, String arrow, String colour,
                                String words) {

    public enum Direction {
        UP("↑"), DOWN("↓"), LEVEL("→");

        private final String arrow;

        Direction(String arrow) {
            this.arrow = arrow;
        }

        public String arrow() {
            return arrow;
        }
    }

    public enum Judgement {
        BETTER("green"), WORSE("red"), NOT_JUDGED("grey");

        private final String colour;

        Judgement(String colour) {
            this.colour = colour;
        }

        public String colour() {
            return colour;
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param levelWithinPercent a change of at most this percentage of the earlier figure, either way, counts as level
     */
    public static DirectionOfTravel between(BigDecimal earlier, BigDecimal latest, Polarity polarity, BigDecimal levelWithinPercent) {
        BigDecimal change = latest.subtract(earlier);
        boolean withinTolerance = change.abs().multiply(HUNDRED).compareTo(levelWithinPercent.multiply(earlier.abs())) <= 0;
        Direction direction = change.signum() == 0 || (earlier.signum() != 0 && withinTolerance) ? Direction.LEVEL
                : change.signum() > 0 ? Direction.UP : Direction.DOWN;
        BigDecimal percent = earlier.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(earlier.abs(), 1, RoundingMode.HALF_UP);
        Judgement judgement = direction == Direction.LEVEL || polarity == Polarity.CONTEXT_ONLY ? Judgement.NOT_JUDGED
                : (direction == Direction.UP) == (polarity == Polarity.HIGHER_IS_BETTER) ? Judgement.BETTER : Judgement.WORSE;
        return new DirectionOfTravel(direction, judgement, percent, direction.arrow(), judgement.colour(),
                words(direction, judgement, percent, levelWithinPercent));
    }

    private static String words(Direction direction, Judgement judgement, BigDecimal percent, BigDecimal levelWithinPercent) {
        String moved = percent == null ? (direction == Direction.LEVEL ? "no change" : direction == Direction.UP ? "up from 0" : "down from 0")
                : percent.signum() == 0 ? "no change"
                : (percent.signum() > 0 ? "up " : "down ") + percent.abs().toPlainString() + "%";
        if (direction == Direction.LEVEL) {
            return moved.equals("no change") ? "level, no change"
                    : "level (" + moved + ", within " + levelWithinPercent.stripTrailingZeros().toPlainString() + "% either way)";
        }
        return moved + ", " + switch (judgement) {
            case BETTER -> "better";
            case WORSE -> "worse";
            case NOT_JUDGED -> "context only";
        };
    }
}
