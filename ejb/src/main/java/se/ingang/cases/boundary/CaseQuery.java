package se.ingang.cases.boundary;

import se.ingang.cases.entity.CaseStatus;

/** Filters, order and page of a case list (a queue view). Null filters match everything. */
public record CaseQuery(String queue, CaseStatus status, String assignee, String customerEmail,
                        Sort sort, int page, int size, Long customerId) {

    public CaseQuery(String queue, CaseStatus status, String assignee, String customerEmail, Sort sort, int page, int size) {
        this(queue, status, assignee, customerEmail, sort, page, size, null);
    }

    /** A person's contact history: all their cases, every channel, newest first. */
    public static CaseQuery historyOf(long customerId, int page, int size) {
        return new CaseQuery(null, null, null, null, Sort.NEWEST, page, size, customerId);
    }

    public enum Sort {
        NEWEST,
        OLDEST,
        PRIORITY,
        /** Earliest deadline first; cases without a running deadline last. */
        DUE
    }
}
