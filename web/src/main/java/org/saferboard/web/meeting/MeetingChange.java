package org.saferboard.web.meeting;

import static org.saferboard.web.FormField.date;
import static org.saferboard.web.FormField.lines;
import static org.saferboard.web.FormField.number;
import static org.saferboard.web.FormField.radios;
import static org.saferboard.web.FormField.select;
import static org.saferboard.web.FormField.text;
import static org.saferboard.web.FormField.textarea;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.MinuteAmendment;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.meeting.commands.AddAgendaItem;
import org.saferboard.api.meeting.commands.AmendMinutes;
import org.saferboard.api.meeting.commands.CancelMeeting;
import org.saferboard.api.meeting.commands.ConfirmMinutes;
import org.saferboard.api.meeting.commands.RaiseActionFromMeeting;
import org.saferboard.api.meeting.commands.RecordAttendance;
import org.saferboard.api.meeting.commands.RecordChairChange;
import org.saferboard.api.meeting.commands.RecordMinutes;
import org.saferboard.api.meeting.commands.ResolveItem;
import org.saferboard.api.meeting.views.MeetingSummary;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.PageNotFound;

/**
 * The secretariat's forms on a meeting, each sending one meeting command: its address under the meeting's page
 * (per agenda item for minutes, resolutions and actions), the API endpoint whose access rule decides who is
 * offered it, its fields, what it shows to start with, and the command it sends.
 */
enum MeetingChange {

    ATTENDANCE("attendance", false, "PUT", "attendance", "Record attendance", "Save attendance") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            String hint = "One person a line: their name, then their role and their organisation, separated by commas";
            return List.of(lines("present", "Present", hint), lines("apologies", "Apologies (optional)", hint),
                    lines("alsoInAttendance", "Also in attendance (optional)", hint));
        }

        @Override
        void prefill(Form form, MeetingView meeting, Integer minute) {
            form.withValue("present", attendeeLines(meeting.present())).withValue("apologies", attendeeLines(meeting.apologies()))
                    .withValue("alsoInAttendance", attendeeLines(meeting.alsoInAttendance()));
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            return new RecordAttendance(meeting.meetingId(), attendees(form.lines("present")), attendees(form.lines("apologies")),
                    attendees(form.lines("alsoInAttendance")), form.expectedVersion());
        }
    },
    AGENDA_ITEM("agenda-item", false, "POST", "agenda-items", "Add an agenda item", "Add the item") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            return List.of(number("minuteNumber", "Minute number", "Minute numbers run through the board's municipal year (May to April)"),
                    text("title", "Title", null), text("presenter", "Presented by (optional)", null),
                    text("reportReference", "Report reference (optional)", "For example, Agenda Item 9"));
        }

        @Override
        void prefill(Form form, MeetingView meeting, Integer minute) {
            meeting.items().stream().mapToInt(MeetingView.Item::minuteNumber).max()
                    .ifPresent(last -> form.withValue("minuteNumber", Integer.toString(last + 1)));
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            Integer number = form.number("minuteNumber");
            return new AddAgendaItem(meeting.meetingId(), number == null ? 0 : number, form.text("title"), form.text("presenter"),
                    form.text("reportReference"), form.expectedVersion());
        }
    },
    MINUTES("minutes", true, "PUT", "minutes", "Record the minutes", "Save the minutes") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            return List.of(textarea("narrative", "Minutes", "What the board heard and discussed"));
        }

        @Override
        void prefill(Form form, MeetingView meeting, Integer minute) {
            form.withValue("narrative", item(meeting, minute).minutes());
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            return new RecordMinutes(meeting.meetingId(), minute, form.text("narrative"), form.expectedVersion());
        }
    },
    RESOLUTION("resolution", true, "PUT", "resolution", "Record the resolution", "Save the resolution") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            return List.of(radios("outcome", "Outcome", null, Arrays.stream(ResolutionOutcome.values())
                            .map(outcome -> new FormField.Option(outcome.name(), capitalised(outcome.name()))).toList()),
                    lines("parts", "What was resolved", "One part a line. Several lines are lettered (a), (b), (c) in order; "
                            + "start a line with (d) to choose its letter."));
        }

        @Override
        void prefill(Form form, MeetingView meeting, Integer minute) {
            MeetingView.Resolution resolution = item(meeting, minute).resolution();
            if (resolution != null) {
                form.withValue("outcome", resolution.outcome().name()).withValue("parts", String.join("\n",
                        resolution.parts().stream().map(part -> (part.letter() == null ? "" : "(" + part.letter() + ") ") + part.text())
                                .toList()));
            }
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            return new ResolveItem(meeting.meetingId(), minute, form.choice("outcome", ResolutionOutcome.class),
                    parts(form.lines("parts")), form.expectedVersion());
        }
    },
    ACTION("action", true, "POST", "actions", "Raise an action from this item", "Raise the action") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            List<FormField.Option> parts = new ArrayList<>();
            parts.add(new FormField.Option("", "The item as a whole"));
            MeetingView.Resolution resolution = item(meeting, minute).resolution();
            if (resolution != null) {
                resolution.parts().stream().filter(part -> part.letter() != null).forEach(part -> parts.add(
                        new FormField.Option(part.letter(), "(" + part.letter() + ") " + shortened(part.text()))));
            }
            return List.of(select("resolutionPart", "Part of the resolution", null, parts), text("title", "Title", "What is to be done"),
                    textarea("description", "Description (optional)", null), text("ownerName", "Owner", "The person who will do it"),
                    text("owningAgency", "Owner's agency", null), date("dueDate", "Due date", null));
        }

        @Override
        void prefill(Form form, MeetingView meeting, Integer minute) {
            form.withValue("newId", UUID.randomUUID().toString());
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            String actionId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
            return new RaiseActionFromMeeting(meeting.meetingId(), actionId, minute, form.text("resolutionPart"), form.text("title"),
                    form.text("description"), form.text("ownerName"), form.text("owningAgency"), form.date("dueDate"));
        }

        @Override
        long newMeetingVersion(Object answer) {
            return ((ActionRaisedFromCase) answer).sourceVersion();
        }
    },
    CHAIR_CHANGE("chair-change", false, "POST", "chair-changes", "Record a change of chair", "Save the change of chair") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            return List.of(select("fromMinuteNumber", "From which item", "The first item the new chair chaired", itemOptions(meeting)),
                    text("chairName", "New chair", null), text("note", "Note (optional)", "For example, the Chairman left the meeting"));
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            Integer from = form.number("fromMinuteNumber");
            return new RecordChairChange(meeting.meetingId(), from == null ? 0 : from, form.text("chairName"), form.text("note"),
                    form.expectedVersion());
        }
    },
    CONFIRMATION("confirmation", false, "POST", "confirmation", "Confirm the minutes", "Confirm the minutes") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            List<FormField> fields = new ArrayList<>(List.of(
                    select("confirmedAtMeetingId", "Confirmed at", "The later meeting that confirmed them", laterMeetings(meeting, board.get())),
                    date("confirmedOn", "Confirmed on", null)));
            meeting.items().stream().filter(item -> item.minutes() != null).forEach(item -> fields.add(textarea(
                    "amended-" + item.minuteNumber(), "Amended wording of minute " + item.minuteNumber() + " (optional)",
                    "Leave empty to confirm as recorded: " + shortened(item.minutes()))));
            return fields;
        }

        @Override
        void prefill(Form form, MeetingView meeting, Integer minute) {
            // the next meeting of the board usually confirms the minutes, on its own date
            form.withValue("confirmedAtMeetingId", "");
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            List<MinuteAmendment> amendments = meeting.items().stream()
                    .filter(item -> form.text("amended-" + item.minuteNumber()) != null)
                    .map(item -> new MinuteAmendment(item.minuteNumber(), form.text("amended-" + item.minuteNumber()))).toList();
            return new ConfirmMinutes(meeting.meetingId(), form.text("confirmedAtMeetingId"), form.date("confirmedOn"), amendments,
                    form.expectedVersion());
        }
    },
    AMENDMENT("amendment", false, "POST", "amendments", "Amend confirmed minutes", "Record the amendment") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            return List.of(select("amendedAtMeetingId", "Amended at", "The later meeting that agreed the amendment",
                            laterMeetings(meeting, board.get())),
                    date("amendedOn", "Amended on", null),
                    select("minuteNumber", "Minute", null, itemOptions(meeting)),
                    textarea("amendedText", "Amended wording", "The whole minute as amended; the original wording is kept beside it"));
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            Integer number = form.number("minuteNumber");
            return new AmendMinutes(meeting.meetingId(), form.text("amendedAtMeetingId"), form.date("amendedOn"),
                    new MinuteAmendment(number == null ? 0 : number, form.text("amendedText")), form.expectedVersion());
        }
    },
    CANCEL("cancel", false, "POST", "cancel", "Cancel the meeting", "Cancel the meeting") {
        @Override
        List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
            return List.of(textarea("reason", "Why it is cancelled", "For example, not quorate"));
        }

        @Override
        Object command(MeetingView meeting, Integer minute, Form form) {
            return new CancelMeeting(meeting.meetingId(), form.text("reason"), form.expectedVersion());
        }
    };

    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z])\\)\\s*(.*)$");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final String path;
    /** Whether the form is about one agenda item (its address holds the minute number). */
    private final boolean perItem;
    private final String apiMethod;
    private final String apiPath;
    private final String heading;
    private final String button;

    MeetingChange(String path, boolean perItem, String apiMethod, String apiPath, String heading, String button) {
        this.path = path;
        this.perItem = perItem;
        this.apiMethod = apiMethod;
        this.apiPath = apiPath;
        this.heading = heading;
        this.button = button;
    }

    abstract List<FormField> fields(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board);

    abstract Object command(MeetingView meeting, Integer minute, Form form);

    void prefill(Form form, MeetingView meeting, Integer minute) {
    }

    /** The meeting's version after the command, from its answer. */
    long newMeetingVersion(Object answer) {
        return (Long) answer;
    }

    static Optional<MeetingChange> atPath(String path, boolean perItem) {
        return Arrays.stream(values()).filter(change -> change.path.equals(path) && change.perItem == perItem).findFirst();
    }

    String apiMethod() {
        return apiMethod;
    }

    /** The API request whose rule decides who may make this change. */
    String apiPath(String meetingId, Integer minute) {
        return "/api/meetings/" + meetingId + (perItem ? "/agenda-items/" + minute + "/" : "/") + apiPath;
    }

    boolean perItem() {
        return perItem;
    }

    String path() {
        return path;
    }

    String heading() {
        return heading;
    }

    /** The page's address for this meeting (and item). */
    String href(String meetingId, Integer minute) {
        return "/meetings/" + meetingId + (perItem ? "/items/" + minute + "/" : "/") + path;
    }

    /** @param board the board's meetings, read only by the forms that offer a later meeting */
    CommandForm page(MeetingView meeting, Integer minute, Supplier<List<MeetingSummary>> board) {
        String caption = "Meeting of " + meeting.meetingDate().format(SHOWN_DATE)
                + (perItem ? ", minute " + minute + ": " + item(meeting, minute).title() : "");
        return new CommandForm(caption, heading, button, href(meeting.meetingId(), minute), "/meetings/" + meeting.meetingId(),
                fields(meeting, minute, board));
    }

    static MeetingView.Item item(MeetingView meeting, Integer minute) {
        return meeting.items().stream().filter(item -> minute != null && item.minuteNumber() == minute).findFirst()
                .orElseThrow(() -> new PageNotFound("Meeting " + meeting.meetingId() + " has no minute " + minute + "."));
    }

    private static List<FormField.Option> itemOptions(MeetingView meeting) {
        return meeting.items().stream()
                .map(item -> new FormField.Option(Integer.toString(item.minuteNumber()), item.minuteNumber() + ": " + item.title()))
                .toList();
    }

    /** The same board's later meetings: only they confirm or amend its minutes. */
    private static List<FormField.Option> laterMeetings(MeetingView meeting, List<MeetingSummary> board) {
        List<FormField.Option> options = new ArrayList<>();
        options.add(new FormField.Option("", "Choose a meeting"));
        board.stream().filter(other -> other.boardId().equals(meeting.boardId()) && other.meetingDate().isAfter(meeting.meetingDate()))
                .forEach(other -> options.add(new FormField.Option(other.meetingId(), other.meetingDate().format(SHOWN_DATE))));
        return options;
    }

    private static String attendeeLines(List<Attendee> attendees) {
        return String.join("\n", attendees.stream().map(attendee -> String.join(", ", Stream.of(
                attendee.name(), attendee.role(), attendee.organisation()).filter(part -> part != null && !part.isBlank()).toList()))
                .toList());
    }

    /** "Name", "Name, organisation" or "Name, role, organisation" (a role may itself hold commas). */
    static List<Attendee> attendees(List<String> lines) {
        return lines.stream().map(line -> {
            List<String> parts = Arrays.stream(line.split(",")).map(String::strip).toList();
            if (parts.size() == 1) {
                return new Attendee(parts.get(0), null, null);
            }
            if (parts.size() == 2) {
                return new Attendee(parts.get(0), null, parts.get(1));
            }
            return new Attendee(parts.get(0), String.join(", ", parts.subList(1, parts.size() - 1)), parts.get(parts.size() - 1));
        }).toList();
    }

    /** One line a part: "(b) text" keeps its letter; several unlettered lines are lettered a, b, c; one line has no letter. */
    static List<ResolutionPart> parts(List<String> lines) {
        List<ResolutionPart> parts = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            Matcher lettered = LETTERED.matcher(line);
            if (lettered.matches()) {
                parts.add(new ResolutionPart(lettered.group(1), lettered.group(2)));
            } else {
                parts.add(new ResolutionPart(lines.size() == 1 ? null : String.valueOf((char) ('a' + Math.min(index, 25))), line));
            }
        }
        return parts;
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
