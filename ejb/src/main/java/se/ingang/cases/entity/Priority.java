package se.ingang.cases.entity;

/** How urgent a case is. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
