package se.ingang.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.sla.entity.DeadlineKind;

/** The facts the figures are computed from, as read from the database; no entities, so the arithmetic is pure. */
public final class Facts {

    private Facts() {
    }

    /** One case received in the period, with its deadlines and the events that matter to the figures. */
    public record CaseFact(long id, String number, Channel channel, CaseType type, CustomerGroup customerGroup,
                           String topic, String frontOffice, String queue, CaseStatus status, Instant receivedAt,
                           Instant firstResponseAt, Instant resolvedAt, boolean resolvedAtFirstContact, int routedCount,
                           List<DeadlineFact> deadlines, List<EventFact> events) {

        public boolean isBounced() {
            return events.stream().anyMatch(e -> e.event() == CaseEvent.TRANSFERRED || e.event() == CaseEvent.RETURNED_TO_FRONT_OFFICE);
        }

        public long count(CaseEvent event) {
            return events.stream().filter(e -> e.event() == event).count();
        }
    }

    /** How a deadline came out, as of "now". */
    public enum Outcome {
        /** Met by its due time, never breached. */
        KEPT,
        /** Recorded as breached, met after its due time, or still open (and running) after it. */
        BREACHED,
        /** Still open and not overdue (running in time, or paused while we wait for the customer). */
        OPEN,
        /** No longer applies (the case closed, or the leg ended without being met) and was never breached. */
        CANCELLED
    }

    public record DeadlineFact(DeadlineKind kind, String queueCode, Instant startedAt, Instant dueAt, Instant pausedAt,
                               Instant metAt, Instant cancelledAt, Instant breachedAt) {

        public Outcome outcome(Instant now) {
            if (breachedAt != null || (metAt != null && metAt.isAfter(dueAt))) {
                return Outcome.BREACHED;
            }
            if (metAt != null) {
                return Outcome.KEPT;
            }
            if (cancelledAt != null) {
                return Outcome.CANCELLED;
            }
            // A paused clock cannot run late: its due time moves when it resumes.
            return pausedAt == null && now.isAfter(dueAt) ? Outcome.BREACHED : Outcome.OPEN;
        }

        /** A leg (triage or handling) ends when it was met or cancelled; still running: now. */
        public Instant legEnd(Instant now) {
            return metAt != null ? metAt : cancelledAt != null ? cancelledAt : now;
        }

        public boolean isLeg() {
            return kind == DeadlineKind.TRIAGE || kind == DeadlineKind.HANDLING;
        }
    }

    public record EventFact(CaseEvent event, Instant at) {
    }

    /** A case still open now (the backlog), wherever it was received. */
    public record OpenCase(String number, String queue, Instant receivedAt) {
    }

    public record SurveyFact(String caseNumber, int score, Instant answeredAt) {
    }

    /** The survey answers of the period, how many gave each score 1..5 (counted by the database). */
    public record ScoreCounts(List<Long> byScore) {

        public static ScoreCounts of(List<SurveyFact> surveys) {
            var counts = new java.util.ArrayList<Long>();
            for (int score = 1; score <= 5; score++) {
                int s = score;
                counts.add(surveys.stream().filter(x -> x.score() == s).count());
            }
            return new ScoreCounts(List.copyOf(counts));
        }
    }

    public record CallFact(String phoneQueue, Instant startedAt, boolean answered, boolean hiddenNumber) {
    }

    /** The calls of one phone queue in the period, counted by the database (a year has millions of calls). */
    public record CallCount(String phoneQueue, long offered, long answered) {
    }

    /** The calls of the period per phone queue. */
    public record CallCounts(List<CallCount> byQueue) {

        public static CallCounts of(List<CallFact> calls) {
            var counts = new java.util.TreeMap<String, long[]>();
            for (var c : calls) {
                var n = counts.computeIfAbsent(c.phoneQueue(), q -> new long[2]);
                n[0]++;
                n[1] += c.answered() ? 1 : 0;
            }
            var byQueue = new java.util.ArrayList<CallCount>();
            counts.forEach((q, n) -> byQueue.add(new CallCount(q, n[0], n[1])));
            return new CallCounts(byQueue);
        }
    }

    /**
     * The callback owed to one caller number for one day: due by the callback case's first-response
     * deadline, done by the first attempt (whatever its outcome: the agent called).
     */
    public record CallbackFact(String phoneQueue, String caseNumber, LocalDate day, Instant due, Instant firstAttempt) {

        public boolean inTime() {
            return firstAttempt != null && due != null && !firstAttempt.isAfter(due);
        }

        /** Called back, but after the deadline (or the case had no deadline to keep). */
        public boolean late() {
            return firstAttempt != null && !inTime();
        }
    }
}
