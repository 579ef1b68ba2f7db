package se.ingang.sla.entity;

/** Which promise a deadline measures. */
public enum DeadlineKind {
    /** The customer's target: a first answer. */
    FIRST_RESPONSE,
    /** The customer's target: the case resolved. */
    RESOLUTION,
    /** Internal target: the front office triages the case. */
    TRIAGE,
    /** Internal target: one back-office group handles the case once it has it. */
    HANDLING,
    /** An agent's own promise: "I will get back to you by …". */
    FOLLOW_UP
}
