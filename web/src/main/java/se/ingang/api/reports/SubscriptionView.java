package se.ingang.api.reports;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import se.ingang.reports.entity.ReportSubscription;

/** The caller's weekly report subscription. */
@JsonbNillable
public record SubscriptionView(String username, String email, String language, String frontOffice, String group,
                               String channel, String caseType, String customerGroup, LocalDate lastPeriodStart,
                               Instant lastSentAt) {

    static SubscriptionView of(ReportSubscription s) {
        var f = s.filter();
        return new SubscriptionView(s.getUsername(), s.getEmail(), s.getLanguage(), f.frontOffice(), f.group(),
                f.channel() == null ? null : f.channel().name(), f.caseType() == null ? null : f.caseType().name(),
                f.customerGroup() == null ? null : f.customerGroup().name(), s.getLastPeriodStart(), s.getLastSentAt());
    }
}
