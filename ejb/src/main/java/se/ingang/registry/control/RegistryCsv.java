package se.ingang.registry.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import se.ingang.registry.entity.Registration;

/** The registry as a CSV file Excel opens: semicolons, UTF-8 with BOM, a header row. */
public final class RegistryCsv {

    static final String[] HEADER = {"registry_number", "registered_on", "case_number", "title", "case_type", "status",
        "registered_by"};

    private RegistryCsv() {
    }

    /** A text that a spreadsheet would run as a formula is written as text. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The rows, each with its title as the reader may see it (null: left empty). */
    public static String write(List<Registration> registrations, Function<Registration, String> titles) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader(HEADER).get();
        try (var printer = format.print(out)) {
            for (var r : registrations) {
                var c = r.getServiceCase();
                printer.printRecord(r.getRegistryNumber(), r.getRegisteredOn(), c.getNumber().value(), cell(titles.apply(r)),
                        c.getType(), c.getStatus(), r.getRegisteredBy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
