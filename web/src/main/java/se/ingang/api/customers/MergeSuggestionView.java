package se.ingang.api.customers;

import java.time.Instant;
import se.ingang.customers.boundary.Customers;

/** GET /api/customer-records/merge-suggestions: two records that may be one person, and why. */
public record MergeSuggestionView(CustomerRecordView customer, CustomerRecordView other, String reason, Instant suggestedAt) {

    static MergeSuggestionView of(Customers.Suggestion s) {
        return new MergeSuggestionView(CustomerRecordView.of(s.customer()), CustomerRecordView.of(s.other()), s.reason(),
                s.suggestedAt());
    }
}
