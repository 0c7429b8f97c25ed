package org.saferboard.api.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saferboard.api.performance.DirectionOfTravel.Direction;
import org.saferboard.api.performance.DirectionOfTravel.Judgement;

/**
 * The arrow shows which way the figure moved and its colour whether that is good (members' request
 * after a rising crime type was shown with a red arrow pointing down): every polarity with every
 * direction, and the tolerance's edges.
 */
class DirectionOfTravelTest {

    private static final BigDecimal TWO_PERCENT = new BigDecimal("2");

    @ParameterizedTest(name = "{0}: {1} -> {2} is {3}, {4}, \"{6}\"")
    @CsvSource(delimiter = '|', textBlock = """
            LOWER_IS_BETTER  | 5.71  | 6.35  | UP    | WORSE      | red   | up 11.2%, worse
            LOWER_IS_BETTER  | 47.18 | 45.79 | DOWN  | BETTER     | green | down 2.9%, better
            LOWER_IS_BETTER  | 3.58  | 3.56  | LEVEL | NOT_JUDGED | grey  | level (down 0.6%, within 2% either way)
            HIGHER_IS_BETTER | 79.0  | 86.1  | UP    | BETTER     | green | up 9.0%, better
            HIGHER_IS_BETTER | 86.1  | 79.0  | DOWN  | WORSE      | red   | down 8.2%, worse
            HIGHER_IS_BETTER | 50    | 50.5  | LEVEL | NOT_JUDGED | grey  | level (up 1.0%, within 2% either way)
            CONTEXT_ONLY     | 0.64  | 0.68  | UP    | NOT_JUDGED | grey  | up 6.3%, context only
            CONTEXT_ONLY     | 27    | 21    | DOWN  | NOT_JUDGED | grey  | down 22.2%, context only
            CONTEXT_ONLY     | 1259  | 1264  | LEVEL | NOT_JUDGED | grey  | level (up 0.4%, within 2% either way)
            LOWER_IS_BETTER  | 212   | 212   | LEVEL | NOT_JUDGED | grey  | level, no change
            """)
    void arrowFollowsTheFigureAndColourFollowsPolarity(Polarity polarity, String earlier, String latest, Direction direction,
                                                       Judgement judgement, String colour, String words) {
        DirectionOfTravel travel = DirectionOfTravel.between(new BigDecimal(earlier), new BigDecimal(latest), polarity, TWO_PERCENT);

        assertThat(travel.direction()).isEqualTo(direction);
        assertThat(travel.judgement()).isEqualTo(judgement);
        assertThat(travel.colour()).isEqualTo(colour);
        assertThat(travel.words()).isEqualTo(words);
    }

    @ParameterizedTest(name = "100 -> {0} with {1}% tolerance is {2}")
    @CsvSource({
            "102, 2, LEVEL",
            "102.01, 2, UP",
            "98, 2, LEVEL",
            "97.99, 2, DOWN",
            "100.01, 0, UP",
            "100, 0, LEVEL",
            "110, 10, LEVEL",
            "110.5, 10, UP"})
    void changeWithinToleranceEitherWayIsLevel(String latest, String tolerance, Direction direction) {
        DirectionOfTravel travel = DirectionOfTravel.between(new BigDecimal("100"), new BigDecimal(latest), Polarity.LOWER_IS_BETTER,
                new BigDecimal(tolerance));

        assertThat(travel.direction()).isEqualTo(direction);
    }

    @Test
    void vehicleCrimeRiseIsRedArrowPointingUp() {
        DirectionOfTravel vehicleCrime = DirectionOfTravel.between(new BigDecimal("5.71"), new BigDecimal("6.35"), Polarity.LOWER_IS_BETTER,
                TWO_PERCENT);

        assertThat(vehicleCrime.arrow()).isEqualTo("↑");
        assertThat(vehicleCrime.colour()).isEqualTo("red");
        assertThat(vehicleCrime.changePercent()).isEqualByComparingTo("11.2");
    }

    @Test
    void riseFromZeroHasNoPercentageButADirection() {
        DirectionOfTravel fromZero = DirectionOfTravel.between(BigDecimal.ZERO, new BigDecimal("3"), Polarity.LOWER_IS_BETTER, TWO_PERCENT);

        assertThat(fromZero.direction()).isEqualTo(Direction.UP);
        assertThat(fromZero.changePercent()).isNull();
        assertThat(fromZero.words()).isEqualTo("up from 0, worse");
    }

    @ParameterizedTest(name = "{0} latest {1} against target {2}: {3}")
    @CsvSource({
            "LOWER_IS_BETTER, 45.79, 46, MET",
            "LOWER_IS_BETTER, 46, 46, MET",
            "LOWER_IS_BETTER, 6.35, 5.5, NOT_MET",
            "HIGHER_IS_BETTER, 86.1, 80, MET",
            "HIGHER_IS_BETTER, 79.0, 80, NOT_MET",
            "CONTEXT_ONLY, 27, 30, NO_TARGET"})
    void targetIsMetOnTheBetterSide(Polarity polarity, String latest, String target, TargetProgress progress) {
        assertThat(TargetProgress.of(new BigDecimal(latest), new BigDecimal(target), polarity)).isEqualTo(progress);
    }

    @Test
    void noTargetMeansNoProgressJudged() {
        assertThat(TargetProgress.of(new BigDecimal("45.79"), null, Polarity.LOWER_IS_BETTER)).isEqualTo(TargetProgress.NO_TARGET);
    }
}
