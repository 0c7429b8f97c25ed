package org.saferboard.api.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.saferboard.api.BusinessYear;

/** A financial or municipal year written like 2015-16, checked by the one rule the model uses ({@link BusinessYear#isLabel}). */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = YearLabel.Check.class)
public @interface YearLabel {

    String message() default BusinessYear.LABEL_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null passes: whether a year is required is said by @NotNull where it is. */
    class Check implements ConstraintValidator<YearLabel, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || BusinessYear.isLabel(value);
        }
    }
}
