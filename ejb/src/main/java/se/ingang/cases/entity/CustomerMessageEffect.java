package se.ingang.cases.entity;

/** What a customer's message did to the case it arrived on. */
public enum CustomerMessageEffect {
    /** Added to the timeline; the case goes on as it was. */
    APPENDED,
    /** The case was waiting for the customer and now goes on. */
    RESUMED,
    /** The case was resolved and is open again. */
    REOPENED,
    /** The case was closed; a new case that follows it was opened. */
    FOLLOW_UP_CASE
}
