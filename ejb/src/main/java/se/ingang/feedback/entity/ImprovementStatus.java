package se.ingang.feedback.entity;

/** Where an improvement item stands. */
public enum ImprovementStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    REJECTED
}
