package se.ingang.api.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.ingang.reports.boundary.DrillDown;
import se.ingang.reports.control.ReportTable;

/** A drill-down's cases as a CSV table: one row a case, times in Swedish local time. */
final class DrillDownCsv {

    static final List<String> COLUMNS = List.of("caseNumber", "subject", "channel", "group", "received", "firstResponse",
            "resolved", "sla", "owner");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Europe/Stockholm"));

    private DrillDownCsv() {
    }

    static ReportTable of(String name, List<DrillDown.CaseRow> cases) {
        var rows = new ArrayList<List<Object>>(cases.size());
        for (var c : cases) {
            rows.add(Arrays.asList(c.number(), text(c.subject()), c.channel().name(), text(c.groupName()), time(c.receivedAt()),
                    time(c.firstResponseAt()), time(c.resolvedAt()), c.sla().name(), text(c.owner())));
        }
        return new ReportTable(name, COLUMNS, rows);
    }

    /**
     * A customer's words as a cell a spreadsheet shows and never runs: a leading =, +, -, @, tab or
     * carriage return would make Excel or LibreOffice read the cell as a formula (CSV injection).
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String time(Instant at) {
        return at == null ? null : LOCAL.format(at);
    }
}
