package se.ingang.customers.entity;

/** What kind of organisation a customer organisation is. */
public enum OrganisationKind {
    COMPANY,
    AUTHORITY,
    SCHOOL,
    PARTNER_UNIVERSITY,
    OTHER
}
