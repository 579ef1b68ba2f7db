package se.ingang.consultations.entity;

/** Where a consultation is: open until the consulted group answers or the owner withdraws it. */
public enum ConsultationStatus {
    OPEN,
    ANSWERED,
    WITHDRAWN
}
