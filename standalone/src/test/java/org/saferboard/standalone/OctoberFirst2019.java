package org.saferboard.standalone;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock for tests set around the board's meeting of 20 September 2019: 1 October 2019, 09:00 UTC. */
@TestConfiguration
class OctoberFirst2019 {

    static final Instant NOW = Instant.parse("2019-10-01T09:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
