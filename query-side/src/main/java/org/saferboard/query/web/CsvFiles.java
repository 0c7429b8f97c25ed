package org.saferboard.query.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV text with a header row, for every download of the read API. */
final class CsvFiles {

    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private CsvFiles() {
    }

    static String csv(String[] header, Rows rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
