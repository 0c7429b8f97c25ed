package org.saferboard.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure, reported as median and spread. */
final class Measures {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** e.g. "182 (175–190)": median, then lowest and highest. */
    String describe() {
        if (values.isEmpty()) {
            return "–";
        }
        return "%s (%s–%s)".formatted(format(median()), format(Collections.min(values)), format(Collections.max(values)));
    }

    static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
