package se.ingang.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import se.ingang.audit.control.Changes;
import se.ingang.audit.entity.AuditEntry;
import se.ingang.platform.control.ApplicationClock;

/**
 * The one place changes are recorded, in the transaction of the change itself (so a change
 * and its record commit together or not at all). Entries are only ever inserted: there is no
 * method that changes or removes one, and the database refuses UPDATE and DELETE on the table.
 */
@Stateless
public class AuditLog {

    /** Entity types, as they appear in the trail and in GET /api/audit?entity=. */
    public static final String CASE = "CASE";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String ORGANISATION = "ORGANISATION";
    public static final String QUEUE = "QUEUE";
    public static final String TOPIC = "TOPIC";
    public static final String STAFF_USER = "STAFF_USER";
    public static final String CANNED_ANSWER = "CANNED_ANSWER";
    public static final String MAILBOX = "MAILBOX";
    public static final String PHONE_QUEUE = "PHONE_QUEUE";
    public static final String ROUTING_TABLE = "ROUTING_TABLE";
    public static final String CALENDAR = "CALENDAR";
    /** An API token (made, revoked, a refused use); the id is the token's number, never its secret. */
    public static final String API_TOKEN = "API_TOKEN";
    /** A search of cases (a read, see {@link ReadTrail}); the id is what was searched. */
    public static final String SEARCH = "SEARCH";
    /** Mail held in the quarantine (its raw message read: a read, see {@link ReadTrail}). */
    public static final String MAIL_QUARANTINE = "MAIL_QUARANTINE";
    /** A received message outside any case's trail (noise; its raw message read). */
    public static final String MAIL_MESSAGE = "MAIL_MESSAGE";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditActor caller;

    /** A change by the given actor; one row per changed field, or one row for an action without fields. */
    public void record(String actor, String entityType, Object entityId, String action, Changes changes) {
        String who = actor == null || actor.isBlank() ? currentCaller() : actor;
        var now = clock.now();
        var fields = changes == null ? List.<Changes.FieldChange>of() : changes.list();
        if (fields.isEmpty()) {
            em.persist(new AuditEntry(now, who, entityType, String.valueOf(entityId), action, null, null, null));
            return;
        }
        for (var f : fields) {
            em.persist(new AuditEntry(now, who, entityType, String.valueOf(entityId), action, f.field(), f.oldValue(), f.newValue()));
        }
    }

    /** The request's user; outside a request (start-up, a process job) the system itself. */
    private String currentCaller() {
        try {
            return caller.get();
        } catch (ContextNotActiveException noRequest) {
            return AuditActor.SYSTEM;
        }
    }

    /** A change by whoever makes the current request (configuration services take no actor). */
    public void record(String entityType, Object entityId, String action, Changes changes) {
        record(null, entityType, entityId, action, changes);
    }

    public AuditPage search(AuditQuery query) {
        var where = new ArrayList<String>();
        if (query.entityType() != null) {
            where.add("a.entityType = :entityType");
        }
        if (query.entityId() != null) {
            where.add("a.entityId = :entityId");
        }
        if (query.actor() != null) {
            where.add("a.actor = :actor");
        }
        if (query.from() != null) {
            where.add("a.occurredAt >= :from");
        }
        if (query.to() != null) {
            where.add("a.occurredAt < :to");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var items = em.createQuery("SELECT a FROM AuditEntry a" + condition + " ORDER BY a.occurredAt DESC, a.id DESC",
                AuditEntry.class);
        var count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + condition, Long.class);
        for (var q : List.<jakarta.persistence.Query>of(items, count)) {
            if (query.entityType() != null) {
                q.setParameter("entityType", query.entityType());
            }
            if (query.entityId() != null) {
                q.setParameter("entityId", query.entityId());
            }
            if (query.actor() != null) {
                q.setParameter("actor", query.actor());
            }
            if (query.from() != null) {
                q.setParameter("from", query.from());
            }
            if (query.to() != null) {
                q.setParameter("to", query.to());
            }
        }
        var page = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        return new AuditPage(page, count.getSingleResult(), query.page(), query.size());
    }

    /** A case's trail, oldest first (the case view shows it beside the timeline). */
    public List<AuditEntry> ofCase(String caseNumber) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                        + " ORDER BY a.occurredAt, a.id", AuditEntry.class)
                .setParameter("type", CASE).setParameter("id", caseNumber).getResultList();
    }
}
