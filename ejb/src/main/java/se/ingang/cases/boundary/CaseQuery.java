package se.ingang.cases.boundary;

import se.ingang.cases.entity.CaseStatus;

/** Filters, order and page of a case list (a queue view). Null filters match everything. */
public record CaseQuery(String queue, CaseStatus status, String assignee, String customerEmail,
                        Sort sort, int page, int size) {

    public enum Sort {
        NEWEST,
        OLDEST,
        PRIORITY,
        /** Earliest deadline first; cases without a running deadline last. */
        DUE
    }
}
