package se.ingang.reports.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * A table of figures as the page, the API and the CSV export show it: column keys and rows of
 * values (strings, numbers, null). The first column is each row's key for drilling down.
 */
public record ReportTable(String name, List<String> columns, List<List<Object>> rows) {

    /** Semicolon-separated (Excel in Swedish reads it), header row, CRLF, empty for null. */
    public String toCsv() {
        var out = new StringWriter();
        try (var printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(columns.toArray(String[]::new))
                .get().print(out)) {
            for (var row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
