package se.ingang.customers.entity;

/** Who the customer is to the university; routing and reports use it. */
public enum CustomerGroup {
    STUDENT,
    PROSPECTIVE_STUDENT,
    STAFF,
    PARTNER,
    PUBLIC_AUTHORITY,
    MEDIA,
    PUBLIC,
    OTHER
}
