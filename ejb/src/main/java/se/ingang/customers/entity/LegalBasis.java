package se.ingang.customers.entity;

/** Why we may hold a person's data (GDPR Art. 6). */
public enum LegalBasis {
    /** The person started a case with us: handling it is the university's public task. */
    CASE_HANDLING,
    /** The person consented (e.g. on the web form) to a privacy text of a given version. */
    CONSENT,
    /** A legitimate interest, e.g. a partner organisation's contact person. */
    LEGITIMATE_INTEREST
}
