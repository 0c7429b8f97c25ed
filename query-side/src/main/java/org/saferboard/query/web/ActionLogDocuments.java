package org.saferboard.query.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.events.ActionState;
import org.saferboard.api.meeting.views.MeetingActionLog;

/** The Action Log at a meeting as a CSV file and as a printable PDF for the meeting pack. */
final class ActionLogDocuments {

    static final String[] CSV_HEADER = {"Raised at meeting", "Minute", "Part", "Action", "Owner", "Agency", "Due date",
            "Status", "RAG", "Due date revisions", "Closed on"};
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final float[] PDF_COLUMN_WIDTHS = {8, 36, 22, 12, 12, 10};

    private ActionLogDocuments() {
    }

    /** One row per action, dates as ISO yyyy-MM-dd so that spreadsheets sort them. */
    static String csv(MeetingActionLog log) {
        return CsvFiles.csv(CSV_HEADER, row -> {
            for (MeetingActionLog.FromMeeting group : log.groups()) {
                for (MeetingActionLog.Entry entry : group.actions()) {
                    row.print(group.meetingDate(), entry.minuteNumber(), entry.resolutionPart(), entry.title(),
                            entry.ownerName(), entry.owningAgency(), entry.dueDate(), entry.status(), entry.rag(),
                            entry.dueDateRevisions(), entry.closedOn());
                }
            }
        });
    }

    /** @param chainHead the event log's chain head as printed, in the footer of every page (see {@link PdfPages#opened}) */
    static byte[] pdf(MeetingActionLog log, String chainHead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfPages.opened(out, chainHead);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(log.boardId() + " Action Log: meeting of " + longDate(log.meetingDate()), title));
        document.add(new Paragraph("As the board saw it on " + longDate(log.meetingDate()) + ": every open action, and those "
                + "completed or cancelled " + (log.previousMeetingDate() == null ? "before this meeting"
                : "since the meeting of " + longDate(log.previousMeetingDate())) + ". RAG: red overdue; amber due within "
                + ActionState.AMBER_WITHIN_DAYS + " days or revised more than " + revisions(ActionState.AMBER_AFTER_REVISIONS)
                + "; green on track.", body));
        if (log.groups().isEmpty()) {
            document.add(new Paragraph("No actions.", body));
        }
        for (MeetingActionLog.FromMeeting group : log.groups()) {
            Paragraph groupHeading = new Paragraph("Raised at the meeting of " + longDate(group.meetingDate()), heading);
            groupHeading.setSpacingBefore(12);
            groupHeading.setSpacingAfter(4);
            document.add(groupHeading);
            PdfPTable table = new PdfPTable(PDF_COLUMN_WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : new String[] {"Minute", "Action", "Owner", "Due date", "Status", "RAG"}) {
                table.addCell(new PdfPCell(new Phrase(column, bold)));
            }
            for (MeetingActionLog.Entry entry : group.actions()) {
                table.addCell(new Phrase(minute(entry), body));
                table.addCell(new Phrase(entry.title(), body));
                table.addCell(new Phrase(entry.ownerName() + ", " + entry.owningAgency(), body));
                table.addCell(new Phrase(longDate(entry.dueDate()) + (entry.dueDateRevisions() > 0
                        ? " (revised " + entry.dueDateRevisions() + "x)" : ""), body));
                table.addCell(new Phrase(status(entry), body));
                table.addCell(ragCell(entry.rag(), bold));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static String minute(MeetingActionLog.Entry entry) {
        if (entry.minuteNumber() == null) {
            return "";
        }
        return entry.minuteNumber() + (entry.resolutionPart() == null ? "" : "(" + entry.resolutionPart() + ")");
    }

    private static String status(MeetingActionLog.Entry entry) {
        String status = entry.status().name().charAt(0) + entry.status().name().substring(1).toLowerCase(Locale.UK);
        return entry.closedOn() == null ? status : status + " " + longDate(entry.closedOn());
    }

    private static String revisions(int times) {
        return times == 1 ? "once" : times + " times";
    }

    private static PdfPCell ragCell(ActionRag rag, Font font) {
        if (rag == null) {
            return new PdfPCell(new Phrase("", font));
        }
        return PdfPages.colouredCell(rag.name(), switch (rag) {
            case RED -> PdfPages.RED;
            case AMBER -> PdfPages.AMBER;
            case GREEN -> PdfPages.GREEN;
        }, font);
    }

    private static String longDate(LocalDate date) {
        return date.format(LONG_DATE);
    }
}
