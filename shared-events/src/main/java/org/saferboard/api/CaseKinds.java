package org.saferboard.api;

import java.util.Map;

/** The kinds of case as people name them, from the aggregate type names Axon stores with each event. */
public final class CaseKinds {

    private static final Map<String, String> NAMES = Map.of(
            "Action", "action",
            "Meeting", "meeting",
            "MinuteBook", "minute book",
            "Review", "review",
            "DHRFund", "DHR fund",
            "CaseReference", "DHR case reference",
            "Outcome", "performance outcome");

    private CaseKinds() {
    }

    /** e.g. "meeting" for Meeting. */
    public static String name(String aggregateType) {
        return NAMES.getOrDefault(aggregateType, aggregateType);
    }

    /** e.g. "a meeting", "an action". */
    public static String described(String aggregateType) {
        String name = name(aggregateType);
        return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }
}
