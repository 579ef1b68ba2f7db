package se.ingang.mail.boundary;

/** What taking in one message did. */
public enum IntakeOutcome {
    /** A new case was registered. */
    NEW_CASE,
    /** Appended to an existing case (resumed, reopened, or a follow-up case after closing). */
    APPENDED,
    /** Auto-reply, bulk or bounce: recorded, attached where it belongs, no case, no receipt. */
    NOISE,
    /** Seen before (same mailbox UID, or the same message through another mailbox). */
    DUPLICATE,
    /** Could not be parsed; kept raw in the quarantine. */
    QUARANTINED
}
