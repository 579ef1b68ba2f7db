package se.ingang.telephony.control;

/**
 * Why one row of a call log was not imported. row is the row as a spreadsheet shows it (the
 * header is row 1); column is the column's name in the file ("*" for the row as a whole).
 */
public record RowProblem(long row, String callId, String column, String reason) {
}
