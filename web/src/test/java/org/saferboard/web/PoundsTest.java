package org.saferboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoundsTest {

    @Test
    void amountsAreShownWithPoundSignAndThousandsSeparators() {
        Pounds pounds = new Pounds();
        assertThat(pounds.of("66000.00")).isEqualTo("£66,000.00");
        assertThat(pounds.of("0.50")).isEqualTo("£0.50");
        assertThat(pounds.of("-1250.00")).isEqualTo("-£1,250.00");
        assertThat(pounds.of(null)).isEmpty();
    }
}
