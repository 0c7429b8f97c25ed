package org.saferboard.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saferboard.command.CaseRefused;
import org.saferboard.command.RefusalReason;
import org.saferboard.command.action.ActionRefused;
import org.saferboard.command.dhr.DHRFundRefused;
import org.saferboard.command.dhr.ReviewRefused;
import org.saferboard.command.meeting.MeetingRefused;
import org.saferboard.command.performance.OutcomeRefused;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every code a write can be refused with, listed in the OpenAPI description so that a client can
 * rely on them: they are the {@code code} of the problem answered with 409 or 422.
 */
@Component
class RefusalCodes implements OpenApiCustomizer {

    /** Every kind of refusal; a test fails when a RefusalReason of the command side is missing here. */
    static final List<Class<? extends RefusalReason>> REASONS = List.of(CaseRefused.class, ActionRefused.class,
            MeetingRefused.class, ReviewRefused.class, DHRFundRefused.class, OutcomeRefused.class);

    static Stream<RefusalReason> all() {
        return REASONS.stream().flatMap(reason -> Stream.of(reason.getEnumConstants()));
    }

    @Override
    public void customise(OpenAPI api) {
        String table = all()
                .map(reason -> "| " + reason.code() + " | " + reason.kind().status() + " | "
                        + reason.meaning() + " |")
                .distinct()
                .collect(Collectors.joining("\n"));
        api.getInfo().setDescription(api.getInfo().getDescription() + "\n\n"
                + "A write the case refuses answers a problem whose `code` is one of these (stable):\n\n"
                + "| code | status | meaning |\n|---|---|---|\n" + table);
    }
}
