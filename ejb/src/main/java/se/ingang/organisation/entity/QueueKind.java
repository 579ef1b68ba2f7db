package se.ingang.organisation.entity;

/** Front office triages and answers at first contact; back office handles routed cases. */
public enum QueueKind {
    FRONT_OFFICE,
    BACK_OFFICE
}
