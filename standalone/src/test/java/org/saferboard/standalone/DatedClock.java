package org.saferboard.standalone;

import java.time.Instant;
import org.saferboard.testing.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for tests that record a board's past year over the wire: each test sets it
 * to the day a change was made before sending the change.
 */
@TestConfiguration
class DatedClock {

    @Bean
    @Primary
    MutableClock datedClock() {
        return new MutableClock(Instant.parse("2015-01-01T00:00:00Z"));
    }
}
