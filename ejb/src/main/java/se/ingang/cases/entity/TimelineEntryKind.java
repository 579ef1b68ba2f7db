package se.ingang.cases.entity;

/** What a timeline entry records. */
public enum TimelineEntryKind {
    /** A message from the customer (the first contact or a later one). */
    INBOUND_MESSAGE,
    /** A reply or question sent to the customer. */
    OUTBOUND_MESSAGE,
    /** A note between staff, never shown to the customer. */
    INTERNAL_NOTE,
    /** Something that happened to the case: registered, routed, transferred, status changed. */
    EVENT
}
