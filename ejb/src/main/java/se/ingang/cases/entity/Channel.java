package se.ingang.cases.entity;

/** How the customer reached us. */
public enum Channel {
    EMAIL,
    WEB,
    PHONE,
    VISIT
}
