package org.saferboard.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.command.CaseRefusal;
import org.saferboard.command.RefusalReason;
import org.saferboard.command.StaleVersion;
import org.springframework.stereotype.Component;

/**
 * Sends a form's command on the command bus, as the API's endpoints do, and turns what refuses it into the
 * form's errors: a field rule broken (the commands' own rules, checked on the bus) beside its field, a case's
 * refusal above the form, a stale version as {@link StaleForm} so the page can say who changed the case.
 */
@Component
public class Commands {

    /** The case changed after the form was opened: nothing was saved. */
    public static final class StaleForm extends RuntimeException {

        private final long currentVersion;

        StaleForm(StaleVersion stale) {
            super(stale.getMessage());
            this.currentVersion = stale.currentVersion();
        }

        public long currentVersion() {
            return currentVersion;
        }
    }

    private final CommandGateway commands;
    private final Validator validator;

    Commands(CommandGateway commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    /**
     * The case's new version, or empty when the form or the command was refused (the form then says why). A form
     * that already has errors of its own (a date that is not a date) is not sent: its command is only checked
     * against the field rules, so that every mistake is shown at once.
     *
     * @param fieldOfProperty which form field shows a command property's error (for example source.kind to sourceKind)
     */
    public Optional<Object> sendUnlessRefused(Object command, Form form, Function<String, String> fieldOfProperty) {
        if (form.hasErrors()) {
            validator.validate(command).forEach(violation -> reject(form, fieldOfProperty, violation));
            return Optional.empty();
        }
        return send(command, form, fieldOfProperty);
    }

    /**
     * Checks a request that goes to no command bus (an administrator's change to a user) against its field rules,
     * each broken one beside its field; true when the form has no error at all.
     */
    public boolean check(Object request, Form form) {
        validator.validate(request).forEach(violation -> reject(form, fields(Map.of()), violation));
        return !form.hasErrors();
    }

    private static void reject(Form form, Function<String, String> fieldOfProperty, ConstraintViolation<?> violation) {
        form.rejectRule(fieldOfProperty.apply(violation.getPropertyPath().toString()), violation.getMessage());
    }

    private Optional<Object> send(Object command, Form form, Function<String, String> fieldOfProperty) {
        try {
            return Optional.ofNullable(commands.sendAndWait(command));
        } catch (JSR303ViolationException violations) {
            violations.getViolations().forEach(violation -> reject(form, fieldOfProperty, violation));
            return Optional.empty();
        } catch (InvalidFieldException invalid) {
            // a rule that needs the case's state (a date before the fund opened), checked by the aggregate
            form.rejectRule(fieldOfProperty.apply(invalid.field()), invalid.getMessage());
            return Optional.empty();
        } catch (StaleVersion stale) {
            throw new StaleForm(stale);
        } catch (CaseRefusal refusal) {
            if (refusal.reason().kind() == RefusalReason.Kind.NOT_PERMITTED) {
                throw new NotAllowed(refusal.getMessage());
            }
            form.rejectForm(refusal.getMessage());
            return Optional.empty();
        } catch (ConcurrencyException concurrent) {
            form.rejectForm("Someone else changed this at the same moment; nothing of yours was saved. Submit the form again.");
            return Optional.empty();
        } catch (AggregateNotFoundException notFound) {
            throw new PageNotFound("SaferBoard holds nothing with the id " + notFound.getAggregateIdentifier() + ".");
        }
    }

    /**
     * Form fields named after the command's properties, with some renamed; a property inside another (an element of
     * a list, parts[2].text) belongs to the field of the outer one (parts), unless renamed.
     */
    public static Function<String, String> fields(Map<String, String> renamed) {
        return property -> renamed.getOrDefault(property, property.split("[.\\[]", 2)[0]);
    }
}
