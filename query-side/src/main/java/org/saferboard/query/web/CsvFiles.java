package org.saferboard.query.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV text with a header row, for every download of the read API. A cell that a spreadsheet
 * would run as a formula (text starting with =, +, -, @, a tab or a carriage return: OWASP's "CSV
 * injection") is written with a leading apostrophe, which spreadsheets show as text; plain numbers
 * such as -12.50 are written as they are, so that they still sum.
 */
final class CsvFiles {

    /** Prints one row; every download prints its rows through this. */
    interface Row {
        void print(Object... cells) throws IOException;
    }

    interface Rows {
        void print(Row row) throws IOException;
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFiles() {
    }

    static String csv(String[] header, Rows rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(cells -> printer.printRecord(safeCells(cells)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> safeCells(Object... cells) {
        List<Object> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(cell == null ? null : asText(cell.toString()));
        }
        return safe;
    }

    static String asText(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
