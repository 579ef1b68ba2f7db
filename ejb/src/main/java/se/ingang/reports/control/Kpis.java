package se.ingang.reports.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/**
 * The headline figures for a period and filters. Durations in seconds (business seconds count
 * only the opening hours of the front office's business calendar); shares 0..1, 4 decimals;
 * null where there is nothing to compute from. Definitions: README "Dashboards and KPIs".
 * {@code pendingCases}: cases whose figures are still being worked out (after an upgrade or a bulk
 * load) and so not counted yet; normally 0.
 */
@JsonbNillable
public record Kpis(LocalDate from, LocalDate to, long received, EmailAndWeb emailAndWeb, Phone phone,
                   Durations firstResponse, Durations resolution, Compliance sla, Compliance promises,
                   FirstContact firstContactResolution, long backlog, Bounces bounces, Satisfaction satisfaction,
                   long pendingCases) {

    /** E-mail and web cases received: answered at all, and within the first-response target. */
    @JsonbNillable
    public record EmailAndWeb(long received, long answered, Double answeredShare, long answeredInTarget,
                              Double answeredInTargetShare) {
    }

    /** Calls started in the period; callbacks owed for missed calls of the period's days. */
    @JsonbNillable
    public record Phone(long offered, long answered, long missed, Double answerRate, long callbacksOwed,
                        long calledBackInTime, long calledBackLate, long notCalledBack, Double calledBackInTimeShare) {
    }

    @JsonbNillable
    public record Durations(long count, Long medianBusinessSeconds, Long p90BusinessSeconds, Long medianSeconds,
                            Long p90Seconds) {
    }

    /** Deadlines kept / (kept + breached); open ones are not judged yet, cancelled ones not at all. */
    @JsonbNillable
    public record Compliance(long kept, long breached, long open, Double compliance) {
    }

    @JsonbNillable
    public record FirstContact(long resolved, long atFirstContact, Double share) {
    }

    /** Transfers between groups and returns to the front office, over the cases that reached the back office. */
    @JsonbNillable
    public record Bounces(long routedCases, long transfers, long returns, long bouncedCases, Double bouncedShare) {
    }

    /** distribution: how many answers scored 1, 2, 3, 4, 5. */
    @JsonbNillable
    public record Satisfaction(long count, Double average, List<Long> distribution) {
    }
}
