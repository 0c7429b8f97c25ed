package org.saferboard.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.rules.YearLabel;

/** The year label a request carries is checked by the model's own rule, no looser. */
class YearLabelTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Request(@YearLabel String financialYear) {
    }

    private static Set<ConstraintViolation<Request>> violations(String year) {
        return VALIDATOR.validate(new Request(year));
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsWhatTheModelAcceptsAndRefusesTheRestWithItsMessage() {
        assertThat(violations("2015-16")).isEmpty();
        assertThat(violations("1999-00")).isEmpty();
        assertThat(violations(null)).as("required or not is @NotNull's business").isEmpty();
        for (String year : new String[] {"2015-17", "9999-00", "1899-00", "2015/16", "15-16", "2015-16 "}) {
            assertThat(violations(year)).as(year).singleElement()
                    .satisfies(violation -> assertThat(violation.getMessage()).isEqualTo(BusinessYear.LABEL_MESSAGE));
        }
    }
}
