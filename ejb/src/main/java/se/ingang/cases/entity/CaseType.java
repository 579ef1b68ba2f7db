package se.ingang.cases.entity;

/** What kind of enquiry a case is; set (or corrected) by the front office at triage. */
public enum CaseType {
    ORDER,
    SUPPORT,
    FAULT_REPORT,
    FEEDBACK,
    /** "Ring tillbaka": a missed call we owe a call back (telephony registers these). */
    CALLBACK
}
