package se.ingang.telephony.boundary;

import java.util.List;
import se.ingang.telephony.control.RowProblem;

/**
 * What an import of a call log did: rows read; calls imported (new), duplicates (call ids
 * already recorded, in an earlier import or higher up in the same file); rejected rows with
 * every problem row by row; the callback cases the missed calls opened.
 */
public record ImportReport(int rows, int imported, int duplicates, int rejected, List<RowProblem> problems,
                           List<String> callbackCasesOpened) {
}
