package se.ingang.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.QueueKind;

/**
 * Facts for DashboardIT, inserted as the domain would have left them (as ReportFacts does), in a
 * front office, back-office group and phone queue of their own, so that no other test's data counts
 * and each test gets a set of its own. Times are Swedish local times (ReportFacts.utc) or instants.
 */
public final class DashboardFacts implements AutoCloseable {

    final String frontOffice;
    final String frontOfficeName;
    final String group;
    final String groupName;
    private final long foId;
    private final long groupId;
    private final long phoneQueueId;
    private final Connection db;

    DashboardFacts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = Application.lookup("java:global/ingang/ingang-ejb/Organisation!" + Organisation.class.getName());
        frontOfficeName = "Glance FO " + suffix;
        groupName = "Glance group " + suffix;
        frontOffice = organisation.createQueue("fo-glance-" + suffix, frontOfficeName, QueueKind.FRONT_OFFICE).getCode();
        group = organisation.createQueue("glance-" + suffix, groupName, QueueKind.BACK_OFFICE).getCode();
        try {
            db = dataSource().getConnection();
            foId = id("SELECT id FROM queue WHERE code = ?", frontOffice);
            groupId = id("SELECT id FROM queue WHERE code = ?", group);
            phoneQueueId = insert("INSERT INTO phone_queue (code, name, front_office_id) VALUES (?, ?, ?)",
                    "pq-glance-" + suffix, "Glance " + suffix, foId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A case received at {@code received} (Swedish time): answered {@code answerHours} later (0 = not answered)
     * and then resolved (at first contact, or after routing to the group), or open (NEW, in the front office or
     * the group); a FIRST_RESPONSE deadline due 4 h after receipt, kept when answered within it.
     */
    long kase(String channel, String received, int answerHours, boolean resolved, boolean atFirstContact, boolean inGroup) {
        return kase(channel, ReportFacts.local(received), answerHours, resolved, atFirstContact, inGroup);
    }

    long kase(String channel, Instant at, int answerHours, boolean resolved, boolean atFirstContact, boolean inGroup) {
        Instant answered = answerHours == 0 ? null : at.plusSeconds(answerHours * 3600L);
        try {
            long customer = insert("INSERT INTO customer (name, customer_group, created_at) VALUES ('Kund', 'STUDENT', ?)", utc(at));
            long id = insert("INSERT INTO service_case (case_number, channel, customer_id, customer_group, subject, case_type,"
                            + " priority, status, front_office_id, queue_id, resolved_at_first_contact, received_at,"
                            + " first_response_at, resolved_at, routed_count) VALUES (?, ?, ?, 'STUDENT', ?, 'SUPPORT', 'NORMAL', ?,"
                            + " ?, ?, ?, ?, ?, ?, ?)",
                    nextNumber(), channel, customer, "Översikt " + at, resolved ? "RESOLVED" : "NEW", foId,
                    inGroup ? groupId : foId, resolved && atFirstContact, utc(at), utc(answered), resolved ? utc(answered) : null,
                    inGroup ? 1 : 0);
            if (resolved) {
                insert("INSERT INTO timeline_entry (case_id, kind, event, author, occurred_at) VALUES (?, 'EVENT', 'RESOLVED', 'it', ?)",
                        id, utc(answered));
            }
            if (answered != null) {
                Instant due = at.plusSeconds(4 * 3600);
                deadline(id, "FIRST_RESPONSE", null, at, due, answered, answered.isAfter(due) ? due : null, null);
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a case as someone else than the application would (the figures' triggers mark it). */
    void update(long caseId, String column, Object value) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        try (var s = db.prepareStatement("UPDATE service_case SET " + column + " = ? WHERE id = ?")) {
            s.setObject(1, value);
            s.setLong(2, caseId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String number(long caseId) {
        try (var s = db.prepareStatement("SELECT case_number FROM service_case WHERE id = ?")) {
            s.setLong(1, caseId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deadline of a case; met, breached and paused may be null (running). */
    void deadline(long caseId, String kind, String queue, Instant started, Instant due, Instant met, Instant breached,
                  Instant paused) {
        try {
            insert("INSERT INTO case_deadline (case_id, case_number, kind, queue_code, target_seconds, warning_share, started_at,"
                            + " warning_at, due_at, met_at, breached_at, paused_at) SELECT id, case_number, ?, ?, 3600, 0.8, ?, ?, ?,"
                            + " ?, ?, ? FROM service_case WHERE id = ?",
                    kind, queue, utc(started), utc(started), utc(due), utc(met), utc(breached), utc(paused), caseId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call into the set's phone queue at a Swedish local time. */
    void call(String at, boolean answered) {
        try {
            insert("INSERT INTO call_record (call_id, phone_queue_id, started_at, caller_number, outcome, wait_seconds,"
                            + " duration_seconds, source, recorded_at) VALUES (?, ?, ?, '+46701234567', ?, 10, 60, 'CSV', ?)",
                    "glance-" + UUID.randomUUID(), phoneQueueId, ReportFacts.utc(at), answered ? "ANSWERED" : "MISSED",
                    ReportFacts.utc(at));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For the browser test: an open case in a front office of its own with a first-response target
     * breached an hour ago and a resolution target due in two hours (around the application clock's now).
     * Answers "frontOffice=…", "A1=…" lines.
     */
    public static String atRiskSet() {
        Instant now = Application.clock().now();
        try (var facts = new DashboardFacts()) {
            long c1 = facts.kase("PHONE", now.minusSeconds(3 * 24 * 3600), 0, false, false, false);
            facts.deadline(c1, "FIRST_RESPONSE", null, now.minusSeconds(3 * 24 * 3600), now.minusSeconds(3600), null, null, null);
            facts.deadline(c1, "RESOLUTION", null, now.minusSeconds(3 * 24 * 3600), now.plusSeconds(2 * 3600), null, null, null);
            return "frontOffice=" + facts.frontOffice + "\nA1=" + facts.number(c1) + "\n";
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String nextNumber() throws SQLException {
        try (var s = db.prepareStatement("SELECT MAX(case_number) FROM service_case WHERE case_number LIKE '2018-%'");
             var r = s.executeQuery()) {
            r.next();
            String max = r.getString(1);
            return String.format("2018-%06d", max == null ? 1 : Long.parseLong(max.substring(5)) + 1);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private long id(String sql, Object... params) throws SQLException {
        try (var s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (var s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("java:jboss/datasources/IngangDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
