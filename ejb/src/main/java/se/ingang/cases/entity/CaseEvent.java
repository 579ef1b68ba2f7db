package se.ingang.cases.entity;

/** The system events a case timeline records. */
public enum CaseEvent {
    REGISTERED,
    CATEGORISED,
    ROUTED,
    TRANSFERRED,
    RETURNED_TO_FRONT_OFFICE,
    ASSIGNED,
    RELEASED,
    WAITING_FOR_CUSTOMER,
    RESUMED,
    RESOLVED,
    REOPENED,
    CLOSED,
    FOLLOW_UP_CASE_OPENED,
    FOLLOW_UP_PROMISED,
    SLA_WARNING,
    SLA_BREACHED,
    REMINDER_SENT,
    AUTO_CLOSED,
    PERSONAL_DATA_ERASED,
    /** A call from the customer that nobody answered (telephony); the callback case lists each. */
    MISSED_CALL,
    /** An agent tried to call the customer back, and what came of it. */
    CALLBACK_ATTEMPTED,
    CONSULTATION_REQUESTED,
    CONSULTATION_ANSWERED,
    CONSULTATION_WITHDRAWN,
    /** The priority went up by itself (a breached customer target), with the old and new priority and why. */
    PRIORITY_RAISED
}
