package se.ingang.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import se.ingang.audit.entity.AuditEntry;
import se.ingang.platform.control.ApplicationClock;

/**
 * Reads of personal data, in the audit trail beside the changes (GDPR accountability, Art. 5(2)):
 * who read which case or person, when, and through which channel. One insert per read request,
 * in the request's transaction: a case view, a customer-record lookup (one entry per record it
 * found, so each person's own trail shows it), a search (its words and how many hits, not every
 * hit), an organisation's member list, a personal-data export. A person's own lists (the queue,
 * "mine") are not recorded: they show the caller's own work, and recording every page of them
 * would bury the reads an auditor looks for.
 */
@Stateless
public class ReadTrail {

    /** Actions of read entries, as they appear in the trail. */
    public static final String READ = "READ";
    public static final String LOOKED_UP = "LOOKED_UP";
    public static final String HISTORY_READ = "HISTORY_READ";
    public static final String SEARCHED = "SEARCHED";
    public static final String MEMBERS_READ = "MEMBERS_READ";
    public static final String EXPORTED = "EXPORTED";
    public static final String RAW_READ = "RAW_READ";
    /** The entity type of a dashboard export's entry. */
    public static final String REPORT = "REPORT";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** A case opened (its detail: customer, messages, notes). */
    public void caseRead(String caseNumber, String actor, ReadChannel channel) {
        write(actor, AuditLog.CASE, caseNumber, READ, channel, null, null);
    }

    /** Customer records found by an address or number: one entry per record shown (usually one). */
    public void customersLookedUp(Collection<Long> customerIds, String actor, ReadChannel channel) {
        customerIds.forEach(id -> write(actor, AuditLog.CUSTOMER, String.valueOf(id), LOOKED_UP, channel, null, null));
    }

    /** A person's contact history (their cases, all channels). */
    public void historyRead(long customerId, String actor, ReadChannel channel) {
        write(actor, AuditLog.CUSTOMER, String.valueOf(customerId), HISTORY_READ, channel, null, null);
    }

    /**
     * A search: its words are the entry's id (a staff member's words, kept for accountability like
     * the entry itself), the number of hits its value.
     */
    public void searched(String words, long hits, String actor, ReadChannel channel) {
        write(actor, AuditLog.SEARCH, words == null ? "" : words.strip(), SEARCHED, channel, "hits", String.valueOf(hits));
    }

    /** An organisation's people listed (names, addresses, phone numbers); the value is how many were shown. */
    public void membersRead(long organisationId, int shown, String actor, ReadChannel channel) {
        write(actor, AuditLog.ORGANISATION, String.valueOf(organisationId), MEMBERS_READ, channel, "members",
                String.valueOf(shown));
    }

    /** Everything held about a person exported (Art. 15). */
    public void exported(long customerId, String actor, ReadChannel channel) {
        write(actor, AuditLog.CUSTOMER, String.valueOf(customerId), EXPORTED, channel, null, null);
    }

    /**
     * A raw message read that belongs to no case yet (quarantined or noise mail): whatever a
     * stranger wrote, with addresses and perhaps more, so it is recorded like a case view.
     */
    public void rawMailRead(String entityType, long id, String actor, ReadChannel channel) {
        write(actor, entityType, String.valueOf(id), RAW_READ, channel, null, null);
    }

    /**
     * The cases behind a dashboard figure exported with their subjects and owners (what they were:
     * the figure and key; how many rows).
     */
    public void reportExported(String what, long rows, String actor, ReadChannel channel) {
        write(actor, REPORT, what, EXPORTED, channel, "rows", String.valueOf(rows));
    }

    private void write(String actor, String entityType, String entityId, String action, ReadChannel channel,
                       String field, String value) {
        em.persist(AuditEntry.read(clock.now(), actor, entityType, entityId, action, channel.name(), field, value));
    }
}
