package org.saferboard.command.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.infrastructure.web.RequestProblemsAdvice;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The write API's edge: what reaches the command bus, and how concurrent writes are answered. */
class ActionCommandControllerTest {

    private static final String RAISE = """
            {"actionId":"a-1","title":"Confirm the funding situation","ownerName":"James Fox",
             "owningAgency":"Leicestershire County Council","dueDate":"2015-06-18",
             "source":{"kind":"MEETING_MINUTE","reference":"LSCSB 28 January 2015, minute 27"}}""";

    private CommandGateway commands;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        commands = mock(CommandGateway.class);
        mvc = MockMvcBuilders.standaloneSetup(new ActionCommandController(commands))
                .setControllerAdvice(new CaseProblemsAdvice(), new RequestProblemsAdvice())
                .setCustomArgumentResolvers(new IfMatch.Resolver())
                .build();
    }

    @Test
    void concurrentWriteToTheSameActionIsA409() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConcurrencyException("sequence number 3 already used"));

        mvc.perform(post("/api/actions/a-1/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"Done\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("concurrent-change"));
    }

    @Test
    void raisingTheSameNewActionTwiceAtOnceIsA409() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("a-1 exists"));

        mvc.perform(post("/api/actions").contentType(MediaType.APPLICATION_JSON).content(RAISE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"));
    }

    @Test
    void ifMatchBecomesTheCommandsExpectedVersion() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(4L);

        mvc.perform(post("/api/actions/a-1/complete").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "W/\"3\"").content("{\"outcome\":\"Done\",\"evidence\":\"Letter\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.readAfter").value("a-1@4"));

        verify(commands).sendAndWait(new CompleteAction("a-1", "Done", "Letter", 3L));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aCommandRefusedOnTheBusForItsFieldRulesIsA400NamingTheField() throws Exception {
        CompleteAction blankOutcome = new CompleteAction("a-1", "   ", null, null);
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            when(commands.sendAndWait(blankOutcome)).thenThrow(new JSR303ViolationException(
                    (Set) validation.getValidator().validate(blankOutcome)));
        }

        mvc.perform(post("/api/actions/a-1/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }
}
