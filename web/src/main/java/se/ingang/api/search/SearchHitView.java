package se.ingang.api.search;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.search.boundary.SearchPage;

/** One search hit: enough of the case to show it in a result list and open it. */
@JsonbNillable
public record SearchHitView(String number, String subject, CaseStatus status, String queue, String assignee,
                            String customerName, String customerEmail, Instant receivedAt, double score) {

    static SearchHitView of(SearchPage.Hit hit) {
        var c = hit.theCase();
        return new SearchHitView(c.getNumber().value(), c.getSubject(), c.getStatus(), c.getQueue().getCode(),
                c.getAssignee(), c.getCustomer().getName(), c.getCustomer().getEmail(), c.getReceivedAt(), hit.score());
    }
}
