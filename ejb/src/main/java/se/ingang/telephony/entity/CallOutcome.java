package se.ingang.telephony.entity;

/** What became of a call in the phone queue. */
public enum CallOutcome {
    ANSWERED,
    /** The caller hung up (or was dropped) before an agent answered. */
    MISSED
}
