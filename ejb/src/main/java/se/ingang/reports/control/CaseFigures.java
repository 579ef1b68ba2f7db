package se.ingang.reports.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.cases.entity.CaseType;
import se.ingang.reports.control.Facts.CaseFact;
import se.ingang.reports.control.Facts.EventFact;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.sla.entity.DeadlineKind;

/**
 * One case's share of every figure, worked out once from its facts and kept (table report_case),
 * so a dashboard adds up narrow rows instead of going through each case's deadlines and events.
 * Durations in seconds; business seconds count the opening hours of the front office's calendar
 * (legs: of the leg's queue). Figures that time alone changes (an open deadline falling due, a leg
 * still running) are as of {@code computedAt}, and worked out again at {@code staleAt}. Read back
 * from the table, {@code legs} is empty (the legs are rows of their own) and {@code legQueues} names them.
 */
public record CaseFigures(long id, String number, Instant receivedAt, Channel channel, CaseType type,
                          CustomerGroup customerGroup, String topic, String frontOffice, List<String> handledGroups,
                          List<String> legQueues,
                          boolean answered, boolean answeredInTarget, Long firstResponseBusinessSeconds,
                          Long firstResponseSeconds, boolean resolved, Long resolutionBusinessSeconds, Long resolutionSeconds,
                          boolean firstContact, boolean routed, boolean bounced, int transfers, int returns,
                          int[][] outcomes, List<Leg> legs, Instant staleAt, Instant computedAt) {

    /** How often the figures of a case with a leg or a wait still running are worked out again. */
    public static final Duration RUNNING_REFRESH = Duration.ofMinutes(5);
    /** The queue code of the time spent waiting for the customer. */
    public static final String WAITING = "WAITING";

    private static final Set<CaseEvent> WAIT_ENDS = EnumSet.of(CaseEvent.RESUMED, CaseEvent.RESOLVED,
            CaseEvent.AUTO_CLOSED, CaseEvent.CLOSED, CaseEvent.REOPENED);

    /** A leg: triage (front office), handling (a back-office group) or a wait for the customer, net of waits. */
    public record Leg(String queue, String kind, long businessSeconds, long seconds, boolean firstInQueue) {
    }

    /** How many deadlines of the kind came out so. */
    public int outcomes(DeadlineKind kind, Outcome outcome) {
        return outcomes[kind.ordinal()][outcome.ordinal()];
    }

    public boolean hasOutcome(Set<DeadlineKind> kinds, Outcome outcome) {
        return kinds.stream().anyMatch(k -> outcomes(k, outcome) > 0);
    }

    public boolean hasLegIn(String queue) {
        return legQueues.stream().anyMatch(q -> queue == null ? !WAITING.equals(q) : q.equals(queue));
    }

    public static int[][] noOutcomes() {
        return new int[DeadlineKind.values().length][Outcome.values().length];
    }

    public static CaseFigures of(CaseFact c, Instant now, Function<String, BusinessTime> calendarOfQueue) {
        var front = calendarOfQueue.apply(c.frontOffice());
        boolean answered = c.firstResponseAt() != null;
        boolean resolved = c.resolvedAt() != null;
        var outcomes = noOutcomes();
        Instant staleAt = null;
        for (var d : c.deadlines()) {
            var outcome = d.outcome(now);
            outcomes[d.kind().ordinal()][outcome.ordinal()]++;
            if (outcome == Outcome.OPEN && d.pausedAt() == null) {
                staleAt = earlier(staleAt, d.dueAt());
            }
        }
        boolean inTarget = answered && outcomes[DeadlineKind.FIRST_RESPONSE.ordinal()][Outcome.KEPT.ordinal()] > 0;
        var waits = waits(c, now);
        var legs = new ArrayList<Leg>();
        var queues = new LinkedHashSet<String>();
        var handled = new LinkedHashSet<String>();
        boolean running = waits.stream().anyMatch(w -> w.end() == now);
        for (var d : c.deadlines()) {
            if (!d.isLeg() || d.queueCode() == null) {
                continue;
            }
            var time = calendarOfQueue.apply(d.queueCode());
            var end = d.legEnd(now);
            running |= end == now;
            long business = net(time.between(d.startedAt(), end), waits, d.startedAt(), end, time);
            long seconds = net(Duration.between(d.startedAt(), end), waits, d.startedAt(), end, null);
            legs.add(new Leg(d.queueCode(), d.kind().name(), Math.max(0, business), Math.max(0, seconds), queues.add(d.queueCode())));
            if (d.kind() == DeadlineKind.HANDLING) {
                handled.add(d.queueCode());
            }
        }
        for (var w : waits) {
            legs.add(new Leg(WAITING, WAITING, front.between(w.start(), w.end()).toSeconds(),
                    Duration.between(w.start(), w.end()).toSeconds(), queues.add(WAITING)));
        }
        if (running) {
            staleAt = earlier(staleAt, now.plus(RUNNING_REFRESH));
        }
        boolean bounced = c.isBounced();
        return new CaseFigures(c.id(), c.number(), c.receivedAt(), c.channel(), c.type(), c.customerGroup(), c.topic(),
                c.frontOffice(), List.copyOf(handled), List.copyOf(queues), answered, inTarget,
                answered ? front.between(c.receivedAt(), c.firstResponseAt()).toSeconds() : null,
                answered ? seconds(c.receivedAt(), c.firstResponseAt()) : null, resolved,
                resolved ? front.between(c.receivedAt(), c.resolvedAt()).toSeconds() : null,
                resolved ? seconds(c.receivedAt(), c.resolvedAt()) : null,
                resolved && c.resolvedAtFirstContact(), c.routedCount() > 0 || bounced, bounced,
                (int) c.count(CaseEvent.TRANSFERRED), (int) c.count(CaseEvent.RETURNED_TO_FRONT_OFFICE), outcomes,
                List.copyOf(legs), staleAt, now);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private record Interval(Instant start, Instant end) {
    }

    /** The times the case waited for the customer: from asking until the answer (or resolution, closing); still waiting: until now. */
    private static List<Interval> waits(CaseFact c, Instant now) {
        var result = new ArrayList<Interval>();
        Instant from = null;
        for (EventFact e : c.events().stream().sorted(Comparator.comparing(EventFact::at)).toList()) {
            if (e.event() == CaseEvent.WAITING_FOR_CUSTOMER && from == null) {
                from = e.at();
            } else if (from != null && WAIT_ENDS.contains(e.event())) {
                result.add(new Interval(from, e.at()));
                from = null;
            }
        }
        if (from != null) {
            result.add(new Interval(from, now));
        }
        return result;
    }

    /** A leg's time without the time the case waited for the customer meanwhile (its clock was paused). */
    private static long net(Duration gross, List<Interval> waits, Instant start, Instant end, BusinessTime time) {
        long seconds = gross.toSeconds();
        for (var w : waits) {
            var s = w.start().isAfter(start) ? w.start() : start;
            var e = w.end().isBefore(end) ? w.end() : end;
            if (e.isAfter(s)) {
                seconds -= (time == null ? Duration.between(s, e) : time.between(s, e)).toSeconds();
            }
        }
        return seconds;
    }
}
