package se.ingang.api.telephony;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import se.ingang.telephony.boundary.ImportReport;
import se.ingang.telephony.control.RowProblem;

/** The answer to a call-log import: counts, every problem row by row, the callback cases opened. */
public record ImportReportView(int rows, int imported, int duplicates, int rejected, List<Problem> problems,
                               List<String> callbackCasesOpened) {

    /** Why a row was not imported; row as a spreadsheet shows it (header = 1), column "*" for the whole row. */
    @JsonbNillable
    public record Problem(long row, String callId, String column, String reason) {
    }

    static ImportReportView of(ImportReport report) {
        return new ImportReportView(report.rows(), report.imported(), report.duplicates(), report.rejected(),
                report.problems().stream().map(ImportReportView::problem).toList(), report.callbackCasesOpened());
    }

    private static Problem problem(RowProblem p) {
        return new Problem(p.row(), p.callId(), p.column(), p.reason());
    }
}
