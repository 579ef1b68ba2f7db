package se.ingang.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.sla.entity.DeadlineKind;

/**
 * The per-case figures in the database (tables report_case and report_leg, V102), by JDBC: a year
 * of them is written in batches and read as a stream, a row at a time, without entities.
 * Times are stored in UTC, as everywhere else (hibernate.jdbc.time_zone).
 */
public final class FigureTable {

    /** The outcome columns, kind by kind: first_response_kept, first_response_breached, … */
    static final List<String> OUTCOME_COLUMNS = Arrays.stream(DeadlineKind.values())
            .flatMap(k -> Arrays.stream(Outcome.values()).map(o -> column(k) + "_" + o.name().toLowerCase(Locale.ROOT)))
            .toList();
    private static final List<String> COLUMNS = concat(List.of("case_id", "case_number", "received_at", "channel",
            "case_type", "customer_group", "topic", "front_office", "handled_groups", "leg_queues", "answered",
            "answered_in_target", "first_response_business_s", "first_response_s", "resolved", "resolution_business_s",
            "resolution_s", "first_contact", "routed", "bounced", "transfers", "returns"), OUTCOME_COLUMNS,
            List.of("stale_at", "computed_at"));
    /** What a drill-down reads of each case (not stale_at, computed_at). */
    public static final String READ_COLUMNS = COLUMNS.subList(0, COLUMNS.size() - 2).stream()
            .map(c -> "r." + c).collect(Collectors.joining(", "));
    /** What the figures add up (the same columns; those only a drill-down needs are left empty, a year is a million rows). */
    public static final String KPI_COLUMNS = COLUMNS.subList(0, COLUMNS.size() - 2).stream()
            .map(c -> switch (c) {
                case "case_number", "front_office" -> "NULL";
                case "handled_groups", "leg_queues" -> "''";
                default -> "r." + c;
            }).collect(Collectors.joining(", "));
    private FigureTable() {
    }

    private static String column(DeadlineKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** Rows per INSERT: one statement with many rows costs the database far less than as many statements. */
    private static final int ROWS_PER_STATEMENT = 250;
    private static final List<String> LEG_COLUMNS = List.of("received_at", "case_id", "position", "leg_queue", "kind", "business_s",
            "calendar_s", "first_in_queue");

    /** Replaces the figures of these cases (and their legs). */
    public static void save(Connection db, Collection<CaseFigures> figures) throws SQLException {
        if (figures.isEmpty()) {
            return;
        }
        var all = List.copyOf(figures);
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            var part = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            try (var upsert = db.prepareStatement(insert("report_case", COLUMNS, part.size()) + " ON DUPLICATE KEY UPDATE "
                    + COLUMNS.stream().skip(1).map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", ")))) {
                int i = 0;
                for (var f : part) {
                    i = bind(upsert, i, f);
                }
                upsert.executeUpdate();
            }
        }
        var ids = all.stream().map(f -> String.valueOf(f.id())).collect(Collectors.joining(","));
        try (var delete = db.createStatement()) {
            delete.executeUpdate("DELETE FROM report_leg WHERE case_id IN (" + ids + ")");
        }
        var legs = new ArrayList<Object[]>();
        for (var f : all) {
            int position = 0;
            for (var leg : f.legs()) {
                legs.add(new Object[]{utc(f.receivedAt()), f.id(), ++position, leg.queue(), leg.kind(), leg.businessSeconds(), leg.seconds(),
                        leg.firstInQueue()});
            }
        }
        for (int from = 0; from < legs.size(); from += ROWS_PER_STATEMENT) {
            var part = legs.subList(from, Math.min(legs.size(), from + ROWS_PER_STATEMENT));
            try (var insert = db.prepareStatement(insert("report_leg", LEG_COLUMNS, part.size()))) {
                int i = 0;
                for (var row : part) {
                    for (var value : row) {
                        insert.setObject(++i, value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    private static String insert(String table, List<String> columns, int rows) {
        String row = "(" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    private static int bind(PreparedStatement upsert, int i, CaseFigures f) throws SQLException {
        upsert.setLong(++i, f.id());
        upsert.setString(++i, f.number());
        upsert.setObject(++i, utc(f.receivedAt()));
        upsert.setString(++i, f.channel().name());
        upsert.setString(++i, f.type().name());
        upsert.setString(++i, f.customerGroup().name());
        upsert.setString(++i, f.topic());
        upsert.setString(++i, f.frontOffice());
        upsert.setString(++i, codes(f.handledGroups()));
        upsert.setString(++i, codes(f.legQueues()));
        upsert.setBoolean(++i, f.answered());
        upsert.setBoolean(++i, f.answeredInTarget());
        setLong(upsert, ++i, f.firstResponseBusinessSeconds());
        setLong(upsert, ++i, f.firstResponseSeconds());
        upsert.setBoolean(++i, f.resolved());
        setLong(upsert, ++i, f.resolutionBusinessSeconds());
        setLong(upsert, ++i, f.resolutionSeconds());
        upsert.setBoolean(++i, f.firstContact());
        upsert.setBoolean(++i, f.routed());
        upsert.setBoolean(++i, f.bounced());
        upsert.setInt(++i, f.transfers());
        upsert.setInt(++i, f.returns());
        for (var kind : DeadlineKind.values()) {
            for (var outcome : Outcome.values()) {
                upsert.setInt(++i, f.outcomes(kind, outcome));
            }
        }
        upsert.setObject(++i, utc(f.staleAt()));
        upsert.setObject(++i, utc(f.computedAt()));
        return i;
    }

    /** One row read with {@link #READ_COLUMNS}; its legs are rows of their own (not read here). */
    public static CaseFigures read(ResultSet r, Map<String, String> codes) throws SQLException {
        int i = 0;
        long id = r.getLong(++i);
        String number = r.getString(++i);
        Instant received = instant(r.getObject(++i, LocalDateTime.class));
        var channel = Channel.valueOf(r.getString(++i));
        var type = CaseType.valueOf(r.getString(++i));
        var group = CustomerGroup.valueOf(r.getString(++i));
        String topic = shared(codes, r.getString(++i));
        String frontOffice = shared(codes, r.getString(++i));
        var handled = list(r.getString(++i), codes);
        var legQueues = list(r.getString(++i), codes);
        boolean answered = r.getBoolean(++i);
        boolean inTarget = r.getBoolean(++i);
        Long frBusiness = getLong(r, ++i);
        Long fr = getLong(r, ++i);
        boolean resolved = r.getBoolean(++i);
        Long resBusiness = getLong(r, ++i);
        Long res = getLong(r, ++i);
        boolean firstContact = r.getBoolean(++i);
        boolean routed = r.getBoolean(++i);
        boolean bounced = r.getBoolean(++i);
        int transfers = r.getInt(++i);
        int returns = r.getInt(++i);
        var outcomes = CaseFigures.noOutcomes();
        for (var kind : DeadlineKind.values()) {
            for (var outcome : Outcome.values()) {
                outcomes[kind.ordinal()][outcome.ordinal()] = r.getInt(++i);
            }
        }
        return new CaseFigures(id, number, received, channel, type, group, topic, frontOffice, handled, legQueues, answered,
                inTarget, frBusiness, fr, resolved, resBusiness, res, firstContact, routed, bounced, transfers, returns,
                outcomes, List.of(), null, null);
    }

    /** "|a|b|": a LIKE '%|a|%' finds a code whole. */
    static String codes(List<String> codes) {
        return codes.isEmpty() ? "" : "|" + String.join("|", codes) + "|";
    }

    private static List<String> list(String codes, Map<String, String> shared) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<String>(2);
        for (var code : codes.substring(1).split("\\|")) {
            result.add(shared(shared, code));
        }
        return result;
    }

    /** The few distinct codes of a long read are kept once. */
    public static String shared(Map<String, String> codes, String code) {
        return code == null ? null : codes.computeIfAbsent(code, c -> c);
    }

    public static Map<String, String> codes() {
        return new HashMap<>();
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static Long getLong(ResultSet r, int i) throws SQLException {
        long value = r.getLong(i);
        return r.wasNull() ? null : value;
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
