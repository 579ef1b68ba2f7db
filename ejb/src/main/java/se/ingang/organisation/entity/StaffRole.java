package se.ingang.organisation.entity;

/** What a member of staff may do, independent of which queues they work. */
public enum StaffRole {
    AGENT,
    HANDLER,
    MANAGER,
    ADMINISTRATOR
}
