package org.saferboard.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run covers, from system properties: {@code -Dsizes=10000,1000000} (stored events),
 * {@code -Drounds=3} (repetitions of each timed measure), {@code -Dround.seconds=10} (time box of one
 * round of commands), {@code -Dreplay.seconds=30} (time box of a replay).
 */
record BenchmarkSettings(List<Integer> sizes, int rounds, Duration roundTimeBox, int commandsPerRound,
                         Duration replayTimeBox, int replayRounds) {

    static BenchmarkSettings fromSystemProperties() {
        return fromSystemProperties("10000,1000000");
    }

    static BenchmarkSettings fromSystemProperties(String defaultSizes) {
        List<Integer> sizes = Arrays.stream(System.getProperty("sizes", defaultSizes).split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        return new BenchmarkSettings(sizes,
                Integer.getInteger("rounds", 3),
                Duration.ofSeconds(Integer.getInteger("round.seconds", 10)),
                Integer.getInteger("round.commands", 1_000),
                Duration.ofSeconds(Integer.getInteger("replay.seconds", 30)),
                Integer.getInteger("replay.rounds", Integer.getInteger("rounds", 3)));
    }
}
