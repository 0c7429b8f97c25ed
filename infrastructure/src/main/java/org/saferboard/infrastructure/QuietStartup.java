package org.saferboard.infrastructure;

/**
 * Axon reads these switches as system properties only: they turn off its update checker (which
 * would call out to AxonIQ) and its AxonIQ Console advert, so that a normal start-up log holds
 * only what an operator needs. Values set on the command line win.
 */
public final class QuietStartup {

    private QuietStartup() {
    }

    public static void apply() {
        setIfAbsent("axoniq.update-checker.disabled", "true");
        setIfAbsent("disable-axoniq-console-message", "true");
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
