package se.ingang.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.QueueKind;

/**
 * A small hand-built set of facts for the dashboards, in a front office and two back-office
 * groups of its own (so no other test's data counts) and in March 2019 (the week Monday 4 –
 * Sunday 10, a period no other test uses). Rows are inserted as the domain would have left them,
 * with controlled times (Swedish local times below; CET, UTC+1). The expected figures are worked
 * out by hand in ReportsIT.
 * <ul>
 * <li>C1 e-mail Fri 16:00 → answered and resolved at first contact Mon 11 09:00: crosses a weekend.</li>
 * <li>C2 web Mon 09:00 → routed to G1 10:00, asked the customer 11:00 (first response; clocks paused), answer Wed
 *     09:00, resolved Wed 15:00 within the resolution target moved by the pause; a promise kept.</li>
 * <li>C3 e-mail Tue 10:00 → G1 11:00, transferred to G2 14:00, answered and resolved Thu 10:00: both targets breached,
 *     a promise broken.</li>
 * <li>C4 callback for a missed call Wed 09:30 → called back late (13:00, due 11:30) and resolved at first contact.</li>
 * <li>C5 callback for a missed call Thu 08:55 → called back in time (10:00, due 11:00), no answer: still open.</li>
 * <li>C6 visit (customer group STAFF) Thu 13:00 → resolved at first contact 13:10.</li>
 * <li>C8 e-mail Sun 10 23:30 (Swedish time; the 10th in UTC too) → unanswered, open.</li>
 * <li>C7 e-mail Mon 11 00:10 Swedish time — still Sunday the 10th in UTC, but outside the period.</li>
 * </ul>
 */
public final class ReportFacts {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The queues of the set and its case numbers by name (C1 … C8). */
    public record DataSet(String frontOffice, String group1, String group2, String phoneQueue, Map<String, String> cases) {

        public String number(String name) {
            return cases.get(name);
        }
    }

    private final Connection db;
    private final Map<String, String> numbers = new LinkedHashMap<>();
    private long nextNumber;

    private ReportFacts(Connection db) {
        this.db = db;
    }

    public static synchronized DataSet create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = Application.lookup("java:global/ingang/ingang-ejb/Organisation!" + Organisation.class.getName());
        String fo = organisation.createQueue("fo-dash-" + suffix, "Dashboard FO " + suffix, QueueKind.FRONT_OFFICE).getCode();
        String g1 = organisation.createQueue("dash-" + suffix + "-g1", "Dashboard G1 " + suffix, QueueKind.BACK_OFFICE).getCode();
        String g2 = organisation.createQueue("dash-" + suffix + "-g2", "Dashboard G2 " + suffix, QueueKind.BACK_OFFICE).getCode();
        try (var db = dataSource().getConnection()) {
            db.setAutoCommit(false);
            var facts = new ReportFacts(db);
            var set = facts.build(fo, g1, g2, "pq-dash-" + suffix);
            db.commit();
            return set;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert the dashboard facts", e);
        }
    }

    private DataSet build(String fo, String g1, String g2, String pq) throws SQLException {
        long foId = id("SELECT id FROM queue WHERE code = ?", fo);
        long g1Id = id("SELECT id FROM queue WHERE code = ?", g1);
        long g2Id = id("SELECT id FROM queue WHERE code = ?", g2);
        long pqId = insert("INSERT INTO phone_queue (code, name, front_office_id) VALUES (?, ?, ?)", pq, "Dashboard " + pq, foId);
        nextNumber = firstFreeNumber();

        // C1: e-mail over the weekend, resolved at first contact.
        long c1 = kase("C1", "EMAIL", "SUPPORT", "STUDENT", foId, foId, "RESOLVED", "2019-03-08T16:00", "2019-03-11T09:00",
                "2019-03-11T09:00", true, 0);
        deadline(c1, "FIRST_RESPONSE", null, "2019-03-08T16:00", "2019-03-11T10:00", "2019-03-11T09:00", null);
        deadline(c1, "RESOLUTION", null, "2019-03-08T16:00", "2019-03-15T16:00", "2019-03-11T09:00", null);
        deadline(c1, "TRIAGE", fo, "2019-03-08T16:00", "2019-03-11T12:00", "2019-03-11T09:00", null);
        event(c1, "RESOLVED", "2019-03-11T09:00");
        survey(c1, 5, "2019-03-08T12:00");

        // C2: web, routed, waited for the customer (paused), resolved within the moved target; a promise kept.
        long c2 = kase("C2", "WEB", "SUPPORT", "STUDENT", foId, g1Id, "RESOLVED", "2019-03-04T09:00", "2019-03-04T11:00",
                "2019-03-06T15:00", false, 1);
        deadline(c2, "FIRST_RESPONSE", null, "2019-03-04T09:00", "2019-03-04T13:00", "2019-03-04T11:00", null);
        // 9 business hours from Mon 09:00 were due Tue 09:00; paused Mon 11:00 with 7 h left, resumed Wed 09:00 → Wed 16:00.
        deadline(c2, "RESOLUTION", null, "2019-03-04T09:00", "2019-03-06T16:00", "2019-03-06T15:00", null);
        deadline(c2, "TRIAGE", fo, "2019-03-04T09:00", "2019-03-04T13:00", "2019-03-04T10:00", null);
        deadline(c2, "HANDLING", g1, "2019-03-04T10:00", "2019-03-07T10:00", "2019-03-06T15:00", null);
        deadline(c2, "FOLLOW_UP", null, "2019-03-04T11:00", "2019-03-06T16:00", "2019-03-06T15:00", null);
        event(c2, "ROUTED", "2019-03-04T10:00");
        event(c2, "WAITING_FOR_CUSTOMER", "2019-03-04T11:00");
        event(c2, "RESUMED", "2019-03-06T09:00");
        event(c2, "RESOLVED", "2019-03-06T15:00");
        survey(c2, 2, "2019-03-09T12:00");

        // C3: e-mail, routed to G1, transferred to G2, late on both customer targets and on a promise.
        long c3 = kase("C3", "EMAIL", "FAULT_REPORT", "STUDENT", foId, g2Id, "RESOLVED", "2019-03-05T10:00",
                "2019-03-07T10:00", "2019-03-07T10:00", false, 2);
        deadline(c3, "FIRST_RESPONSE", null, "2019-03-05T10:00", "2019-03-05T14:00", "2019-03-07T10:00", "2019-03-05T14:00");
        deadline(c3, "RESOLUTION", null, "2019-03-05T10:00", "2019-03-06T12:00", "2019-03-07T10:00", "2019-03-06T12:00");
        deadline(c3, "TRIAGE", fo, "2019-03-05T10:00", "2019-03-05T14:00", "2019-03-05T11:00", null);
        deadline(c3, "HANDLING", g1, "2019-03-05T11:00", "2019-03-06T11:00", "2019-03-05T14:00", null);
        deadline(c3, "HANDLING", g2, "2019-03-05T14:00", "2019-03-06T14:00", "2019-03-07T10:00", null);
        deadline(c3, "FOLLOW_UP", null, "2019-03-05T15:00", "2019-03-06T10:00", "2019-03-07T10:00", null);
        event(c3, "ROUTED", "2019-03-05T11:00");
        event(c3, "TRANSFERRED", "2019-03-05T14:00");
        event(c3, "RESOLVED", "2019-03-07T10:00");
        survey(c3, 4, "2019-03-20T12:00"); // answered after the period: not counted

        // Calls into the phone queue: two answered, three missed (one from a hidden number).
        call(pqId, "a", "2019-03-06T09:00", "ANSWERED", "+46701000001");
        call(pqId, "b", "2019-03-06T09:30", "MISSED", "+46701000002");
        call(pqId, "c", "2019-03-06T09:40", "MISSED", null);
        call(pqId, "d", "2019-03-07T10:00", "ANSWERED", "+46701000004");
        call(pqId, "e", "2019-03-07T08:55", "MISSED", "+46701000005");

        // C4: callback for call b, called back late (due 11:30) and resolved at first contact.
        long c4 = kase("C4", "PHONE", "CALLBACK", "OTHER", foId, foId, "RESOLVED", "2019-03-06T09:30", "2019-03-06T13:00",
                "2019-03-06T13:00", true, 0);
        deadline(c4, "FIRST_RESPONSE", null, "2019-03-06T09:30", "2019-03-06T11:30", "2019-03-06T13:00", "2019-03-06T11:30");
        deadline(c4, "RESOLUTION", null, "2019-03-06T09:30", "2019-03-06T17:30", "2019-03-06T13:00", null);
        deadline(c4, "TRIAGE", fo, "2019-03-06T09:30", "2019-03-06T11:30", "2019-03-06T13:00", null);
        event(c4, "RESOLVED", "2019-03-06T13:00");
        callback(pqId, c4, "+46701000002", "2019-03-06", "2019-03-06T13:00", "RESOLVED");

        // C5: callback for call e, tried in time without an answer; still open (its legs are left out, see above).
        long c5 = kase("C5", "PHONE", "CALLBACK", "OTHER", foId, foId, "NEW", "2019-03-07T08:55", null, null, false, 0);
        deadline(c5, "FIRST_RESPONSE", null, "2019-03-07T08:55", "2019-03-07T11:00", null, "2019-03-07T11:00");
        deadline(c5, "RESOLUTION", null, "2019-03-07T08:55", "2019-03-07T17:00", null, "2019-03-07T17:00");
        callback(pqId, c5, "+46701000005", "2019-03-07", "2019-03-07T10:00", "NO_ANSWER");

        // C6: a visit by a member of staff, resolved at once.
        long c6 = kase("C6", "VISIT", "ORDER", "STAFF", foId, foId, "RESOLVED", "2019-03-07T13:00", "2019-03-07T13:10",
                "2019-03-07T13:10", true, 0);
        event(c6, "RESOLVED", "2019-03-07T13:10");

        // C7 and C8: either side of the period's end, in Swedish time.
        kase("C7", "EMAIL", "SUPPORT", "STUDENT", foId, foId, "NEW", "2019-03-11T00:10", null, null, false, 0);
        kase("C8", "EMAIL", "SUPPORT", "STUDENT", foId, foId, "NEW", "2019-03-10T23:30", null, null, false, 0);
        return new DataSet(fo, g1, g2, pq, Map.copyOf(numbers));
    }

    /** One statement on the database, as another writer than the application would (an import, a hand-made fix). */
    public static void execute(String sql, Object... params) {
        try (var db = dataSource().getConnection(); var s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** A local Swedish time as the database stores instants (UTC). */
    public static LocalDateTime utc(String local) {
        return LocalDateTime.ofInstant(local(local), ZoneOffset.UTC);
    }

    public static Instant local(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    private long kase(String name, String channel, String type, String customerGroup, long foId, long queueId,
                      String status, String received, String firstResponse, String resolved, boolean fcr, int routed)
            throws SQLException {
        long customer = insert("INSERT INTO customer (name, customer_group, created_at) VALUES (?, ?, ?)",
                "Kund " + name, customerGroup, utc(received));
        String number = String.format("2019-%06d", nextNumber++);
        numbers.put(name, number);
        return insert("INSERT INTO service_case (case_number, channel, customer_id, customer_group, subject, case_type,"
                        + " priority, status, front_office_id, queue_id, resolved_at_first_contact, received_at,"
                        + " first_response_at, resolved_at, routed_count) VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?)",
                number, channel, customer, customerGroup, "Nyckeltal " + name, type, status, foId, queueId, fcr,
                utc(received), firstResponse == null ? null : utc(firstResponse), resolved == null ? null : utc(resolved), routed);
    }

    private void deadline(long caseId, String kind, String queue, String started, String due, String met, String breached)
            throws SQLException {
        insert("INSERT INTO case_deadline (case_id, case_number, kind, queue_code, target_seconds, warning_share, started_at,"
                        + " warning_at, due_at, met_at, breached_at) SELECT id, case_number, ?, ?, 3600, 0.8, ?, ?, ?, ?, ?"
                        + " FROM service_case WHERE id = ?",
                kind, queue, utc(started), utc(started), utc(due), met == null ? null : utc(met),
                breached == null ? null : utc(breached), caseId);
    }

    private void event(long caseId, String event, String at) throws SQLException {
        insert("INSERT INTO timeline_entry (case_id, kind, event, author, occurred_at) VALUES (?, 'EVENT', ?, 'it', ?)",
                caseId, event, utc(at));
    }

    private void survey(long caseId, int score, String answered) throws SQLException {
        insert("INSERT INTO survey (case_id, case_number, token_hash, recipient, created_at, sent_at, answered_at, score)"
                        + " SELECT id, case_number, ?, 'kund@example.org', ?, ?, ?, ? FROM service_case WHERE id = ?",
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), utc(answered), utc(answered), utc(answered), score, caseId);
    }

    private void call(long phoneQueue, String id, String at, String outcome, String caller) throws SQLException {
        insert("INSERT INTO call_record (call_id, phone_queue_id, started_at, caller_number, outcome, wait_seconds,"
                        + " duration_seconds, source, recorded_at) VALUES (?, ?, ?, ?, ?, 10, 60, 'CSV', ?)",
                "dash-" + UUID.randomUUID() + "-" + id, phoneQueue, utc(at), caller, outcome, utc(at));
    }

    private void callback(long phoneQueue, long caseId, String caller, String day, String attempt, String outcome)
            throws SQLException {
        // Caller numbers are unique per day, and the set's numbers are made up for it: clear any left from an earlier run.
        long callback = insert("INSERT INTO phone_callback (caller_number, call_date, phone_queue_id, case_id, missed_calls,"
                        + " attempts, created_at) VALUES (?, ?, ?, ?, 1, 1, ?)",
                caller + "-" + UUID.randomUUID().toString().substring(0, 6), java.sql.Date.valueOf(day), phoneQueue, caseId,
                utc(day + "T09:00"));
        insert("INSERT INTO phone_callback_attempt (callback_id, attempted_at, outcome, agent) VALUES (?, ?, ?, 'it')",
                callback, utc(attempt), outcome);
    }

    private long firstFreeNumber() throws SQLException {
        try (var s = db.prepareStatement("SELECT MAX(case_number) FROM service_case WHERE case_number LIKE '2019-%'");
             var r = s.executeQuery()) {
            r.next();
            String max = r.getString(1);
            return max == null ? 1 : Long.parseLong(max.substring(5)) + 1;
        }
    }

    private long id(String sql, Object... params) throws SQLException {
        try (var s = prepare(sql, params); var r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (var s = prepare(sql, params)) {
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        var s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("java:jboss/datasources/IngangDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
