package org.saferboard.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentChangeRetriesTest {

    private final ConcurrentChangeRetries retries = new ConcurrentChangeRetries(3, Duration.ofMillis(1), Duration.ofMillis(4));

    @AfterEach
    void stop() {
        retries.close();
    }

    @Test
    void aCommandThatLostARaceIsSentAgain() throws InterruptedException {
        CountDownLatch sentAgain = new CountDownLatch(1);
        boolean scheduled = retries.scheduleRetry(GenericCommandMessage.asCommandMessage("note"),
                new CommandExecutionException("failed", new ConcurrencyException("sequence 3 already stored")), failures(1),
                sentAgain::countDown);

        assertThat(scheduled).isTrue();
        assertThat(sentAgain.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void onlyABoundedNumberOfTimes() {
        boolean scheduled = retries.scheduleRetry(GenericCommandMessage.asCommandMessage("note"),
                new ConcurrencyException("again"), failures(4), () -> { });

        assertThat(scheduled).isFalse();
    }

    @Test
    void aRefusalOrAnyOtherFailureIsFinal() {
        boolean scheduled = retries.scheduleRetry(GenericCommandMessage.asCommandMessage("note"),
                new IllegalStateException("The action is closed"), failures(1), () -> { });

        assertThat(scheduled).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int failure = 0; failure < count; failure++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
