package se.ingang.api.reports;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import se.ingang.reports.control.ReportTable;

/** A table of figures: column keys and rows; the first column is the row's key for the drill-down. */
@JsonbNillable
public record ReportTableView(String table, List<String> columns, List<List<Object>> rows) {

    static ReportTableView of(ReportTable t) {
        return new ReportTableView(t.name(), t.columns(), t.rows());
    }
}
