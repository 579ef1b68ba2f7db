package se.ingang.organisation.entity;

/** What a member of staff may do, independent of which queues they work. */
public enum StaffRole {
    AGENT,
    HANDLER,
    MANAGER,
    ADMINISTRATOR,
    /**
     * A machine account, not a person: the telephone system feeding call logs and CTI events.
     * It is no staff role — it opens no case, list or page (access.control.AccessPolicy).
     */
    INTEGRATION
}
