package se.ingang.telephony.entity;

/** Where a call record came from. */
public enum CallSource {
    /** An uploaded export of the telephone system's call log. */
    CSV,
    /** An event the telephone system (CTI) sent as the call ended. */
    CTI
}
