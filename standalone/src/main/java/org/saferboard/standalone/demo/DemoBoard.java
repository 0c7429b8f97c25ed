package org.saferboard.standalone.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.api.action.commands.RecordActionProgress;
import org.saferboard.api.action.commands.ReviseActionDueDate;
import org.saferboard.api.meeting.commands.AddAgendaItem;
import org.saferboard.api.meeting.commands.ConfirmMinutes;
import org.saferboard.api.meeting.commands.RaiseActionFromMeeting;
import org.saferboard.api.meeting.commands.RecordAttendance;
import org.saferboard.api.meeting.commands.RecordMinutes;
import org.saferboard.api.meeting.commands.ResolveItem;
import org.saferboard.api.meeting.commands.ScheduleMeeting;
import org.saferboard.api.performance.commands.DefineIndicator;
import org.saferboard.api.performance.commands.DefineOutcome;
import org.saferboard.api.performance.commands.RateOutcome;
import org.saferboard.api.performance.commands.RecordFigure;
import org.saferboard.infrastructure.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Loads the seed board's meetings of 19 March, 18 June and 17 September 2015, and the performance
 * dashboard presented in June, through the command bus, each change on the day it was made (see
 * {@link DemoClock}). The script is {@code demo/lscsb-2015.json}; its steps are grouped by the case they
 * create (a meeting, an outcome of the dashboard), and a case already in the event store has its steps
 * skipped, so starting with {@code --demo} again loads nothing twice.
 */
public class DemoBoard implements ApplicationRunner {

    static final String SCRIPT = "demo/lscsb-2015.json";
    /** The system user the demo's changes are recorded as made by. */
    static final String LOADER = "Demo board loader";

    private static final Logger log = LoggerFactory.getLogger(DemoBoard.class);

    /** The commands a demo script may send: those the board's own record needs, nothing else. */
    private static final Map<String, Class<?>> COMMANDS = Map.ofEntries(
            Map.entry("ScheduleMeeting", ScheduleMeeting.class),
            Map.entry("RecordAttendance", RecordAttendance.class),
            Map.entry("AddAgendaItem", AddAgendaItem.class),
            Map.entry("RecordMinutes", RecordMinutes.class),
            Map.entry("ResolveItem", ResolveItem.class),
            Map.entry("ConfirmMinutes", ConfirmMinutes.class),
            Map.entry("RaiseActionFromMeeting", RaiseActionFromMeeting.class),
            Map.entry("RecordActionProgress", RecordActionProgress.class),
            Map.entry("ReviseActionDueDate", ReviseActionDueDate.class),
            Map.entry("CompleteAction", CompleteAction.class),
            Map.entry("DefineOutcome", DefineOutcome.class),
            Map.entry("DefineIndicator", DefineIndicator.class),
            Map.entry("RecordFigure", RecordFigure.class),
            Map.entry("RateOutcome", RateOutcome.class));

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final DemoClock clock;
    private final ObjectMapper objectMapper;

    public DemoBoard(CommandGateway commandGateway, EventStore eventStore, DemoClock clock, ObjectMapper objectMapper) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.runAs(LOADER, this::load);
    }

    private void load() {
        JsonNode script = readScript();
        ZoneId zone = ZoneId.of(script.path("zone").asText());
        Map<String, List<JsonNode>> stepsByCase = new LinkedHashMap<>();
        script.path("steps").forEach(step -> stepsByCase
                .computeIfAbsent(step.path("case").asText(), caseId -> new ArrayList<>()).add(step));
        List<String> loaded = new ArrayList<>();
        List<String> present = new ArrayList<>();
        stepsByCase.forEach((caseId, steps) -> {
            if (eventStore.readEvents(caseId).hasNext()) {
                present.add(caseId);
                return;
            }
            steps.forEach(step -> send(step, zone));
            loaded.add(caseId);
        });
        if (!present.isEmpty()) {
            log.info("Demo cases {} are in the event store already; their demo changes are not sent again", present);
        }
        if (!loaded.isEmpty()) {
            log.info("Demo board loaded: {}", loaded);
        }
    }

    private void send(JsonNode step, ZoneId zone) {
        String name = step.path("command").asText();
        Class<?> type = COMMANDS.get(name);
        if (type == null) {
            throw new IllegalStateException(SCRIPT + " asks for an unknown command " + name);
        }
        Object command;
        try {
            command = objectMapper.treeToValue(step.path("with"), type);
        } catch (IOException e) {
            throw new IllegalStateException(SCRIPT + " has a " + name + " that does not read: " + e.getMessage(), e);
        }
        LocalDateTime at = LocalDateTime.parse(step.path("at").asText());
        clock.at(at.atZone(zone).toInstant(), () -> commandGateway.sendAndWait(command));
    }

    private JsonNode readScript() {
        try (InputStream in = DemoBoard.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            // decimals read as written (3.10 stays 3.10, as the seed prints it), not through a double
            return objectMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
