package se.ingang.telephony.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.ingang.telephony.entity.CallData;
import se.ingang.telephony.entity.CallOutcome;

/**
 * Reads a call-log export of the telephone system. The layout (README, "Phone logs"): a
 * header row, then one call per row, separated by ';' or ',' (whichever the header uses).
 * Columns are found by name, in any order, in English or Swedish, case and accents ignored:
 * call_id (samtals_id), start_time (starttid), caller (fran), called_number (till), queue (ko),
 * result (utfall), wait_seconds (vantetid), duration_seconds (samtalstid), agent (handlaggare).
 * Every row is checked on its own: a bad row is reported with its row number, column and
 * reason, and the good rows still import.
 */
public final class CallLogCsv {

    /** The columns of a call log. */
    public enum Column {
        CALL_ID(true, "callid", "samtalsid", "id"),
        START_TIME(true, "starttime", "start", "starttid", "tidpunkt"),
        CALLER(false, "caller", "callernumber", "from", "fran", "anropare", "anropandenummer"),
        CALLED_NUMBER(false, "callednumber", "to", "till", "uppringtnummer"),
        QUEUE(false, "queue", "phonequeue", "ko", "telefonko"),
        RESULT(true, "result", "outcome", "status", "utfall"),
        WAIT_SECONDS(false, "waitseconds", "wait", "waittime", "vantetid"),
        DURATION_SECONDS(false, "durationseconds", "duration", "talktime", "samtalstid", "langd"),
        AGENT(false, "agent", "handlaggare");

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    /** A row that passed every check. */
    public record Row(long row, CallData call) {
    }

    /** Everything read from a file: the good rows and the problems of the others. */
    public record Parsed(List<Row> rows, List<RowProblem> problems, int rowsRead) {
    }

    static final int MAX_CALL_ID = 100;
    static final int MAX_NUMBER = 40;
    static final int MAX_AGENT = 100;
    static final int MAX_QUEUE = 64;

    /** Swedish exports write local time without an offset: "2026-11-30 09:15" or with seconds, or with a 'T'. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private final ZoneId zone;

    /** zone: how times without an offset are read (the telephone system's local time). */
    public CallLogCsv(ZoneId zone) {
        this.zone = zone;
    }

    public Parsed parse(String text) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separatorOf(body))
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setTrim(true)
                .get();
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<RowProblem>();
        int read = 0;
        try (Reader reader = new StringReader(body); CSVParser parser = CSVParser.parse(reader, format)) {
            var columns = columnsOf(parser.getHeaderNames(), problems);
            if (columns == null) {
                return new Parsed(List.of(), problems, 0);
            }
            var records = parser.iterator();
            long lastRow = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new RowProblem(lastRow + 1, null, "*",
                            "the file cannot be read from this row on: " + reasonOf(e)));
                    break;
                }
                read++;
                lastRow = record.getRecordNumber() + 1;
                readRow(record, lastRow, parser.getHeaderNames().size(), columns, rows, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // The header itself could not be read (e.g. two columns with one name).
            problems.add(new RowProblem(1, null, "*", "the header row cannot be read: " + reasonOf(e)));
            return new Parsed(List.of(), problems, read);
        }
        return new Parsed(rows, problems, read);
    }

    /**
     * The text of an uploaded file: UTF-8 (with or without a byte-order mark) when it is
     * valid UTF-8, else Windows-1252, which is how Excel on Swedish Windows saves "CSV".
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The separator the header row uses: ';' (Swedish spreadsheets) or ','. */
    static char separatorOf(String body) {
        int end = body.indexOf('\n');
        String header = end < 0 ? body : body.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Which file column holds which of ours; null (and a problem) when a required one is missing. */
    private static Map<Column, String> columnsOf(List<String> header, List<RowProblem> problems) {
        var found = new EnumMap<Column, String>(Column.class);
        for (String name : header) {
            String key = simplify(name);
            for (Column column : Column.values()) {
                if (column.names.contains(key) && !found.containsKey(column)) {
                    found.put(column, name);
                }
            }
        }
        var missing = new ArrayList<String>();
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                missing.add(column.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!found.containsKey(Column.QUEUE) && !found.containsKey(Column.CALLED_NUMBER)) {
            missing.add("queue (or called_number)");
        }
        if (!missing.isEmpty()) {
            problems.add(new RowProblem(1, null, "*", "the header row lacks the column(s) " + String.join(", ", missing)
                    + "; it has " + header));
            return null;
        }
        return found;
    }

    private void readRow(CSVRecord record, long row, int headerSize, Map<Column, String> columns, List<Row> rows,
                         List<RowProblem> problems) {
        var values = new LinkedHashMap<Column, String>();
        for (var entry : columns.entrySet()) {
            values.put(entry.getKey(), record.isSet(entry.getValue()) ? record.get(entry.getValue()) : "");
        }
        String callId = values.get(Column.CALL_ID);
        String idForReport = callId == null || callId.isBlank() ? null : callId;
        if (record.size() != headerSize) {
            problems.add(new RowProblem(row, idForReport, "*",
                    "the row has " + record.size() + " fields, the header " + headerSize));
            return;
        }
        var rowProblems = new ArrayList<RowProblem>();
        var check = new Check(row, idForReport, columns, rowProblems);
        String id = check.text(Column.CALL_ID, values.get(Column.CALL_ID), true, MAX_CALL_ID);
        Instant start = check.time(Column.START_TIME, values.get(Column.START_TIME));
        String caller = check.text(Column.CALLER, values.get(Column.CALLER), false, MAX_NUMBER);
        String called = check.text(Column.CALLED_NUMBER, values.get(Column.CALLED_NUMBER), false, MAX_NUMBER);
        String queue = check.text(Column.QUEUE, values.get(Column.QUEUE), false, MAX_QUEUE);
        if (blank(queue) && blank(called) && rowProblems.stream().noneMatch(p -> p.column().equals(columns.get(Column.QUEUE)))) {
            rowProblems.add(new RowProblem(row, idForReport, columns.getOrDefault(Column.QUEUE, columns.get(Column.CALLED_NUMBER)),
                    "missing: the phone queue (or the number called) is needed"));
        }
        CallOutcome outcome = check.outcome(Column.RESULT, values.get(Column.RESULT));
        int wait = check.seconds(Column.WAIT_SECONDS, values.get(Column.WAIT_SECONDS));
        int duration = check.seconds(Column.DURATION_SECONDS, values.get(Column.DURATION_SECONDS));
        String agent = check.text(Column.AGENT, values.get(Column.AGENT), false, MAX_AGENT);
        if (!rowProblems.isEmpty()) {
            problems.addAll(rowProblems);
            return;
        }
        rows.add(new Row(row, new CallData(id, start, emptyToNull(caller), emptyToNull(called), emptyToNull(queue),
                outcome, wait, duration, emptyToNull(agent))));
    }

    /** Checks of one row's fields; each failure becomes a problem naming the file's column. */
    private final class Check {
        private final long row;
        private final String callId;
        private final Map<Column, String> columns;
        private final List<RowProblem> problems;

        Check(long row, String callId, Map<Column, String> columns, List<RowProblem> problems) {
            this.row = row;
            this.callId = callId;
            this.columns = columns;
            this.problems = problems;
        }

        String text(Column column, String value, boolean required, int max) {
            if (blank(value)) {
                if (required) {
                    problem(column, "missing");
                }
                return null;
            }
            if (value.length() > max) {
                problem(column, "longer than " + max + " characters");
                return null;
            }
            return value;
        }

        Instant time(Column column, String value) {
            if (blank(value)) {
                problem(column, "missing");
                return null;
            }
            try {
                return parseTime(value);
            } catch (DateTimeException e) {
                problem(column, "'" + value + "' is no time; write 2026-11-30 09:15:00 (Swedish time) or 2026-11-30T09:15:00+01:00");
                return null;
            }
        }

        CallOutcome outcome(Column column, String value) {
            if (blank(value)) {
                problem(column, "missing");
                return null;
            }
            var outcome = CallLogCsv.outcome(value);
            if (outcome == null) {
                problem(column, "'" + value + "' is neither answered (besvarat) nor missed (missat)");
            }
            return outcome;
        }

        int seconds(Column column, String value) {
            if (blank(value)) {
                return 0;
            }
            Integer seconds = CallLogCsv.seconds(value);
            if (seconds == null) {
                problem(column, "'" + value + "' is no duration; write seconds (75) or minutes:seconds (1:15)");
                return 0;
            }
            return seconds;
        }

        private void problem(Column column, String reason) {
            problems.add(new RowProblem(row, callId, columns.get(column), reason));
        }
    }

    /** A time with an offset as given; without one, local time where the telephone system is. */
    Instant parseTime(String value) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
        }
    }

    static CallOutcome outcome(String value) {
        return switch (simplify(value)) {
            case "answered", "besvarat", "besvarad", "ja", "yes" -> CallOutcome.ANSWERED;
            case "missed", "abandoned", "unanswered", "missat", "missad", "obesvarat", "obesvarad", "tappat", "nej", "no" ->
                    CallOutcome.MISSED;
            default -> null;
        };
    }

    /** Whole seconds, m:ss or h:mm:ss; null when it is none of them or negative. */
    static Integer seconds(String value) {
        String text = value.strip();
        if (!text.matches("\\d{1,7}(:\\d{1,2}){0,2}")) {
            return null;
        }
        String[] parts = text.split(":");
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            int part = Integer.parseInt(parts[i]);
            if (i > 0 && part > 59) {
                return null;
            }
            total = total * 60 + part;
        }
        return total;
    }

    /** "Väntetid" → "vantetid", "Call ID" → "callid": lower case, accents and everything but letters and digits gone. */
    static String simplify(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String reasonOf(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value;
    }
}
