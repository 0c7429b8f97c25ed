package org.saferboard.query.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.saferboard.api.performance.DirectionOfTravel;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.TargetProgress;
import org.saferboard.api.performance.views.PerformanceDashboard;

/** The performance dashboard of a quarter as a CSV file, and as a printable PDF page for the meeting pack. */
final class PerformanceDocuments {

    static final String[] CSV_HEADER = {"Quarter", "Outcome", "Outcome RAG", "Outcome comment", "Indicator", "Unit", "Polarity",
            "Period", "Area", "Previous year quarter", "Previous year figure", "Latest figure", "Note", "Revised", "Direction",
            "Judgement", "Change %", "Direction of travel", "Target", "Progress", "Compared with similar areas"};
    private static final float[] PDF_COLUMN_WIDTHS = {34, 12, 14, 22, 10, 8};

    private PerformanceDocuments() {
    }

    /** One row per indicator and area (the county first, then its districts), numbers as recorded so that they sum. */
    static String csv(PerformanceDashboard dashboard) {
        return CsvFiles.csv(CSV_HEADER, row -> {
            for (PerformanceDashboard.Outcome outcome : dashboard.outcomes()) {
                for (PerformanceDashboard.Indicator indicator : outcome.indicators()) {
                    printArea(row, dashboard, outcome, indicator, new PerformanceDashboard.AreaRow(indicator.county(),
                            indicator.previousYear(), indicator.latest(), indicator.direction()), indicator.progress(),
                            indicator.countyComparison() == null ? null : indicator.countyComparison().name());
                    for (PerformanceDashboard.AreaRow district : indicator.districts()) {
                        printArea(row, dashboard, outcome, indicator, district, null,
                                district.latest() == null || district.latest().comparison() == null ? null
                                        : district.latest().comparison().name());
                    }
                }
            }
        });
    }

    private static void printArea(CsvFiles.Row row, PerformanceDashboard dashboard, PerformanceDashboard.Outcome outcome,
                                  PerformanceDashboard.Indicator indicator, PerformanceDashboard.AreaRow area, TargetProgress progress,
                                  String comparison) throws IOException {
        DirectionOfTravel direction = area.direction();
        row.print(dashboard.quarter(), outcome.title(), outcome.rating() == null ? null : outcome.rating().rag(),
                outcome.rating() == null ? null : outcome.rating().comment(), indicator.name(), indicator.unit(), indicator.polarity(),
                indicator.period(), area.area(), dashboard.comparedWithQuarter(), value(area.previousYear()), value(area.latest()),
                area.latest() == null ? null : area.latest().note(), area.latest() != null && area.latest().revised(),
                direction == null ? null : direction.direction(), direction == null ? null : direction.judgement(),
                direction == null || direction.changePercent() == null ? null : direction.changePercent().toPlainString(),
                direction == null ? null : direction.words(), indicator.target() == null ? null : indicator.target().toPlainString(),
                progress, comparison);
    }

    private static String value(PerformanceDashboard.Figure figure) {
        return figure == null ? null : figure.value().toPlainString();
    }

    /**
     * @param heading what the page is, e.g. "as the meeting of 18 June 2015 saw it"
     * @param chainHead the event log's chain head as printed, in the footer of every page (see {@link PdfPages#opened})
     */
    static byte[] pdf(PerformanceDashboard dashboard, String heading, String chainHead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfPages.opened(out, chainHead);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Quarter quarter = Quarter.parse(dashboard.quarter(), "quarter");
        document.add(new Paragraph(dashboard.boardId() + " Safer Communities Performance Dashboard " + quarter.words(), title));
        document.add(new Paragraph(heading + ". Latest figures for " + quarter.words() + " against " + Quarter.parse(
                dashboard.comparedWithQuarter(), "quarter").words() + ". The arrow shows which way the figure moved; its colour and "
                + "words whether that is better or worse for the indicator.", body));
        for (PerformanceDashboard.Outcome outcome : dashboard.outcomes()) {
            PdfPTable heading2 = new PdfPTable(new float[] {80, 20});
            heading2.setWidthPercentage(100);
            heading2.setSpacingBefore(10);
            heading2.addCell(new PdfPCell(new Phrase(outcome.title(), bold)));
            heading2.addCell(outcome.rating() == null ? new PdfPCell(new Phrase("Not rated", body))
                    : PdfPages.colouredCell(outcome.rating().rag().name(), ragColour(outcome.rating().rag()), bold));
            if (outcome.rating() != null) {
                PdfPCell comment = new PdfPCell(new Phrase(outcome.rating().comment() + " (" + outcome.rating().ratedBy() + ")", body));
                comment.setColspan(2);
                heading2.addCell(comment);
            }
            document.add(heading2);
            if (outcome.indicators().isEmpty()) {
                continue;
            }
            PdfPTable table = new PdfPTable(PDF_COLUMN_WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : new String[] {"Supporting indicator", dashboard.comparedWithQuarter(), dashboard.quarter(),
                    "Direction of travel", "Progress", "County comparison"}) {
                table.addCell(new PdfPCell(new Phrase(column, bold)));
            }
            for (PerformanceDashboard.Indicator indicator : outcome.indicators()) {
                table.addCell(new Phrase(indicator.name(), body));
                table.addCell(new Phrase(figure(indicator.previousYear(), indicator.unit()), body));
                table.addCell(new Phrase(figure(indicator.latest(), indicator.unit()), body));
                table.addCell(indicator.direction() == null ? new PdfPCell(new Phrase("no figure to compare", body))
                        : PdfPages.colouredCell(arrowWords(indicator.direction()), directionColour(indicator.direction()), bold));
                table.addCell(new Phrase(progress(indicator), body));
                table.addCell(new Phrase(indicator.countyComparison() == null ? "-"
                        : capitalised(indicator.countyComparison().name()), body));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    /** The arrow is spelt out: the PDF's standard fonts have no arrow glyphs, and words never depend on colour. */
    private static String arrowWords(DirectionOfTravel direction) {
        return switch (direction.direction()) {
            case UP -> "UP: ";
            case DOWN -> "DOWN: ";
            case LEVEL -> "LEVEL: ";
        } + direction.words();
    }

    private static String figure(PerformanceDashboard.Figure figure, IndicatorUnit unit) {
        if (figure == null) {
            return "-";
        }
        String value = figure.value().toPlainString() + (unit == IndicatorUnit.PERCENTAGE ? "%" : "");
        return value + (figure.note() == null ? "" : " (" + figure.note() + ")") + (figure.revised() ? " revised" : "");
    }

    private static String progress(PerformanceDashboard.Indicator indicator) {
        BigDecimal target = indicator.target();
        return switch (indicator.progress()) {
            case NO_TARGET -> indicator.polarity() == Polarity.CONTEXT_ONLY ? "context only" : "no target";
            case MET -> "target " + target.toPlainString() + " met";
            case NOT_MET -> "target " + target.toPlainString() + " not met";
        };
    }

    private static Color ragColour(OutcomeRag rag) {
        return switch (rag) {
            case RED -> PdfPages.RED;
            case AMBER -> PdfPages.AMBER;
            case GREEN -> PdfPages.GREEN;
        };
    }

    private static Color directionColour(DirectionOfTravel direction) {
        return switch (direction.judgement()) {
            case BETTER -> PdfPages.GREEN;
            case WORSE -> PdfPages.RED;
            case NOT_JUDGED -> PdfPages.GREY;
        };
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.UK);
    }
}
