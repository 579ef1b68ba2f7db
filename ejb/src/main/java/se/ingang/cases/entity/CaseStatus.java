package se.ingang.cases.entity;

/** Where a case is in its lifecycle; the BPMN process keeps the same states. */
public enum CaseStatus {
    /** Waiting for (or in) triage by the front office. */
    NEW,
    /** Routed to a back-office group and being handled. */
    IN_PROGRESS,
    /** We asked the customer something and wait for the answer. */
    WAITING_FOR_CUSTOMER,
    /** Answered and resolved; a customer reply inside the reopen window reopens it. */
    RESOLVED,
    /** Finished for good; a later reply opens a new, linked case. */
    CLOSED;

    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == WAITING_FOR_CUSTOMER;
    }
}
