package se.ingang.reports.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.Channel;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.Facts.CallCount;
import se.ingang.reports.control.Facts.CallCounts;
import se.ingang.reports.control.Facts.CallFact;
import se.ingang.reports.control.Facts.CallbackFact;
import se.ingang.reports.control.Facts.CaseFact;
import se.ingang.reports.control.Facts.DeadlineFact;
import se.ingang.reports.control.Facts.EventFact;
import se.ingang.reports.control.Facts.OpenCase;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.reports.control.Facts.SurveyFact;
import se.ingang.sla.entity.DeadlineKind;

/**
 * Computes every figure of the dashboards from the facts of one period and filter, and lists the
 * cases behind each figure with the same predicates, so a drill-down always matches its number.
 * Pure: the facts, "now" and the business calendars (by queue code) come in.
 */
public final class KpiCalculator {

    /** Table names, in the order the dashboard shows them. */
    public static final List<String> TABLES = List.of("response", "phone", "sla", "volume-channel", "volume-type",
            "volume-topic", "volume-customer-group", "volume-time", "backlog", "legs", "satisfaction");

    /** Row key of the time spent waiting for the customer in the "legs" table. */
    public static final String WAITING = "WAITING";
    public static final String NO_TOPIC = "none";
    static final List<String> AGE_BUCKETS = List.of("0-1", "2-5", "6-10", "11+");
    private static final Set<CaseEvent> WAIT_ENDS = EnumSet.of(CaseEvent.RESUMED, CaseEvent.RESOLVED,
            CaseEvent.AUTO_CLOSED, CaseEvent.CLOSED, CaseEvent.REOPENED);
    private static final Set<Channel> WRITTEN = EnumSet.of(Channel.EMAIL, Channel.WEB);
    private static final Set<DeadlineKind> CUSTOMER_TARGETS = EnumSet.of(DeadlineKind.FIRST_RESPONSE, DeadlineKind.RESOLUTION);

    private final ReportPeriod period;
    private final Instant now;
    private final List<CaseFact> cases;
    private final List<OpenCase> backlog;
    private final List<SurveyFact> surveys;
    private final List<CallCount> calls;
    private final List<CallbackFact> callbacks;
    private final Function<String, BusinessTime> calendarOfQueue;
    private final Map<String, Integer> ageCache = new HashMap<>();

    public KpiCalculator(ReportPeriod period, Instant now, List<CaseFact> cases, List<OpenCase> backlog,
                         List<SurveyFact> surveys, List<CallFact> calls, List<CallbackFact> callbacks,
                         Function<String, BusinessTime> calendarOfQueue) {
        this(period, now, cases, backlog, surveys, CallCounts.of(calls), callbacks, calendarOfQueue);
    }

    /** With the calls already counted per phone queue (as the database does it). */
    public KpiCalculator(ReportPeriod period, Instant now, List<CaseFact> cases, List<OpenCase> backlog,
                         List<SurveyFact> surveys, CallCounts calls, List<CallbackFact> callbacks,
                         Function<String, BusinessTime> calendarOfQueue) {
        this.period = period;
        this.now = now;
        this.cases = cases;
        this.backlog = backlog;
        this.surveys = surveys;
        this.calls = calls.byQueue();
        this.callbacks = callbacks;
        this.calendarOfQueue = calendarOfQueue;
    }

    public Kpis kpis() {
        var written = cases.stream().filter(c -> WRITTEN.contains(c.channel())).toList();
        long writtenAnswered = written.stream().filter(c -> c.firstResponseAt() != null).count();
        long writtenInTarget = written.stream().filter(this::answeredInTarget).count();
        var emailAndWeb = new Kpis.EmailAndWeb(written.size(), writtenAnswered, Percentiles.share(writtenAnswered, written.size()),
                writtenInTarget, Percentiles.share(writtenInTarget, written.size()));
        var routed = cases.stream().filter(c -> c.routedCount() > 0 || c.isBounced()).toList();
        long bounced = routed.stream().filter(CaseFact::isBounced).count();
        var bounces = new Kpis.Bounces(routed.size(), sum(cases, CaseEvent.TRANSFERRED),
                sum(cases, CaseEvent.RETURNED_TO_FRONT_OFFICE), bounced, Percentiles.share(bounced, routed.size()));
        var resolved = cases.stream().filter(c -> c.resolvedAt() != null).toList();
        long fcr = resolved.stream().filter(CaseFact::resolvedAtFirstContact).count();
        return new Kpis(period.from(), period.to(), cases.size(), emailAndWeb, phone(calls, callbacks),
                firstResponse(cases), resolution(cases), compliance(CUSTOMER_TARGETS),
                compliance(EnumSet.of(DeadlineKind.FOLLOW_UP)),
                new Kpis.FirstContact(resolved.size(), fcr, Percentiles.share(fcr, resolved.size())),
                backlog.size(), bounces, satisfaction(surveys));
    }

    public ReportTable table(String name) {
        return switch (name) {
            case "response" -> responseTable();
            case "phone" -> phoneTable();
            case "sla" -> slaTable();
            case "volume-channel" -> volume(name, "channel", c -> c.channel().name());
            case "volume-type" -> volume(name, "caseType", c -> c.type().name());
            case "volume-topic" -> volume(name, "topic", c -> c.topic() == null ? NO_TOPIC : c.topic());
            case "volume-customer-group" -> volume(name, "customerGroup", c -> c.customerGroup().name());
            case "volume-time" -> volume(name, byWeek() ? "week" : "day", this::timeKey);
            case "backlog" -> backlogTable();
            case "legs" -> legsTable();
            case "satisfaction" -> satisfactionTable();
            default -> throw new InvalidInputException("table", "one of " + String.join(", ", TABLES));
        };
    }

    /**
     * The case numbers behind a figure, sorted. {@code key} picks a table row (a channel, a
     * deadline kind, a queue, a score …); {@code bucket} an age bucket of the backlog.
     */
    public List<String> cases(String kpi, String key, String bucket) {
        String k = key == null || key.isBlank() ? null : key.strip();
        Predicate<CaseFact> channel = c -> k == null ? WRITTEN.contains(c.channel()) : c.channel().name().equals(k);
        Stream<String> numbers = switch (kpi == null ? "" : kpi) {
            case "received" -> cohort(c -> true);
            case "answered" -> cohort(c -> channel.test(c) && c.firstResponseAt() != null);
            case "unanswered" -> cohort(c -> channel.test(c) && c.firstResponseAt() == null);
            case "answeredInTarget" -> cohort(c -> channel.test(c) && answeredInTarget(c));
            case "notAnsweredInTarget" -> cohort(c -> channel.test(c) && !answeredInTarget(c));
            case "firstResponse" -> cohort(c -> (k == null || c.channel().name().equals(k)) && c.firstResponseAt() != null);
            case "resolved" -> cohort(c -> (k == null || c.channel().name().equals(k)) && c.resolvedAt() != null);
            case "slaKept", "slaBreached", "slaOpen", "promisesKept", "promisesBroken" -> deadlineCases(kpi, k);
            case "fcr" -> cohort(c -> c.resolvedAt() != null && c.resolvedAtFirstContact());
            case "notFcr" -> cohort(c -> c.resolvedAt() != null && !c.resolvedAtFirstContact());
            case "channel" -> cohort(c -> c.channel().name().equals(k));
            case "caseType" -> cohort(c -> c.type().name().equals(k));
            case "topic" -> cohort(c -> Objects.equals(c.topic() == null ? NO_TOPIC : c.topic(), k));
            case "customerGroup" -> cohort(c -> c.customerGroup().name().equals(k));
            case "day", "week", "time" -> cohort(c -> timeKey(c).equals(k));
            case "bounced" -> cohort(CaseFact::isBounced);
            case "leg" -> cohort(c -> WAITING.equals(k) ? !waits(c).isEmpty()
                    : c.deadlines().stream().anyMatch(d -> d.isLeg() && d.queueCode() != null && (k == null || d.queueCode().equals(k))));
            case "backlog" -> backlog.stream()
                    .filter(o -> k == null || o.queue().equals(k))
                    .filter(o -> bucket == null || bucket.isBlank() || bucketOf(o).equals(bucket.strip()))
                    .map(OpenCase::number);
            case "satisfaction" -> surveys.stream().filter(s -> k == null || String.valueOf(s.score()).equals(k))
                    .map(SurveyFact::caseNumber);
            case "callbacks" -> callbackCases(k, cb -> true);
            case "calledBackInTime" -> callbackCases(k, CallbackFact::inTime);
            case "calledBackLate" -> callbackCases(k, CallbackFact::late);
            case "notCalledBack" -> callbackCases(k, cb -> cb.firstAttempt() == null);
            default -> throw new InvalidInputException("kpi", "unknown figure '" + kpi + "'; see README, Dashboards and KPIs");
        };
        return numbers.distinct().sorted().toList();
    }

    // --- figures ---

    private boolean answeredInTarget(CaseFact c) {
        return c.firstResponseAt() != null && c.deadlines().stream()
                .anyMatch(d -> d.kind() == DeadlineKind.FIRST_RESPONSE && d.outcome(now) == Outcome.KEPT);
    }

    private Kpis.Durations firstResponse(Collection<CaseFact> of) {
        return durations(of.stream().filter(c -> c.firstResponseAt() != null).toList(), CaseFact::firstResponseAt);
    }

    private Kpis.Durations resolution(Collection<CaseFact> of) {
        return durations(of.stream().filter(c -> c.resolvedAt() != null).toList(), CaseFact::resolvedAt);
    }

    /** From receipt to the given instant, in the front office's business time and in calendar time. */
    private Kpis.Durations durations(List<CaseFact> of, Function<CaseFact, Instant> end) {
        var business = new ArrayList<Long>();
        var calendar = new ArrayList<Long>();
        for (var c : of) {
            business.add(calendarOfQueue.apply(c.frontOffice()).between(c.receivedAt(), end.apply(c)).toSeconds());
            calendar.add(Math.max(0, Duration.between(c.receivedAt(), end.apply(c)).toSeconds()));
        }
        return new Kpis.Durations(of.size(), Percentiles.median(business), Percentiles.p90(business),
                Percentiles.median(calendar), Percentiles.p90(calendar));
    }

    private Kpis.Compliance compliance(Set<DeadlineKind> kinds) {
        var counts = new EnumMapCounter();
        cases.forEach(c -> c.deadlines().stream().filter(d -> kinds.contains(d.kind())).forEach(d -> counts.add(d.outcome(now))));
        return counts.compliance();
    }

    private static Kpis.Phone phone(List<CallCount> calls, List<CallbackFact> callbacks) {
        long offered = calls.stream().mapToLong(CallCount::offered).sum();
        long answered = calls.stream().mapToLong(CallCount::answered).sum();
        long inTime = callbacks.stream().filter(CallbackFact::inTime).count();
        long late = callbacks.stream().filter(CallbackFact::late).count();
        long none = callbacks.stream().filter(cb -> cb.firstAttempt() == null).count();
        return new Kpis.Phone(offered, answered, offered - answered, Percentiles.share(answered, offered),
                callbacks.size(), inTime, late, none, Percentiles.share(inTime, callbacks.size()));
    }

    private static Kpis.Satisfaction satisfaction(List<SurveyFact> surveys) {
        var distribution = new ArrayList<Long>();
        for (int score = 1; score <= 5; score++) {
            int s = score;
            distribution.add(surveys.stream().filter(x -> x.score() == s).count());
        }
        Double average = surveys.isEmpty() ? null
                : Math.round(surveys.stream().mapToInt(SurveyFact::score).average().orElseThrow() * 100) / 100.0;
        return new Kpis.Satisfaction(surveys.size(), average, distribution);
    }

    private static long sum(List<CaseFact> cases, CaseEvent event) {
        return cases.stream().mapToLong(c -> c.count(event)).sum();
    }

    // --- tables ---

    private ReportTable responseTable() {
        var rows = new ArrayList<List<Object>>();
        for (var channel : Channel.values()) {
            var of = cases.stream().filter(c -> c.channel() == channel).toList();
            if (of.isEmpty()) {
                continue;
            }
            long answered = of.stream().filter(c -> c.firstResponseAt() != null).count();
            long inTarget = of.stream().filter(this::answeredInTarget).count();
            var fr = firstResponse(of);
            var res = resolution(of);
            rows.add(Arrays.asList(channel.name(), of.size(), answered, Percentiles.share(answered, of.size()), inTarget,
                    Percentiles.share(inTarget, of.size()), fr.medianBusinessSeconds(), fr.p90BusinessSeconds(),
                    fr.medianSeconds(), fr.p90Seconds(), res.count(), res.medianBusinessSeconds(), res.p90BusinessSeconds(),
                    res.medianSeconds(), res.p90Seconds()));
        }
        return new ReportTable("response", List.of("channel", "received", "answered", "answeredShare", "answeredInTarget",
                "answeredInTargetShare", "firstResponseMedianBusinessSeconds", "firstResponseP90BusinessSeconds",
                "firstResponseMedianSeconds", "firstResponseP90Seconds", "resolved", "resolutionMedianBusinessSeconds",
                "resolutionP90BusinessSeconds", "resolutionMedianSeconds", "resolutionP90Seconds"), rows);
    }

    private ReportTable phoneTable() {
        var queues = new TreeMap<String, Boolean>();
        calls.forEach(c -> queues.put(c.phoneQueue(), true));
        callbacks.forEach(c -> queues.put(c.phoneQueue(), true));
        var rows = new ArrayList<List<Object>>();
        for (String queue : queues.keySet()) {
            var p = phone(calls.stream().filter(c -> c.phoneQueue().equals(queue)).toList(),
                    callbacks.stream().filter(c -> c.phoneQueue().equals(queue)).toList());
            rows.add(Arrays.asList(queue, p.offered(), p.answered(), p.missed(), p.answerRate(), p.callbacksOwed(),
                    p.calledBackInTime(), p.calledBackLate(), p.notCalledBack(), p.calledBackInTimeShare()));
        }
        return new ReportTable("phone", List.of("phoneQueue", "offered", "answered", "missed", "answerRate",
                "callbacksOwed", "calledBackInTime", "calledBackLate", "notCalledBack", "calledBackInTimeShare"), rows);
    }

    private ReportTable slaTable() {
        var rows = new ArrayList<List<Object>>();
        for (var kind : DeadlineKind.values()) {
            var counts = new EnumMapCounter();
            cases.forEach(c -> c.deadlines().stream().filter(d -> d.kind() == kind).forEach(d -> counts.add(d.outcome(now))));
            var compliance = counts.compliance();
            rows.add(Arrays.asList(kind.name(), compliance.kept(), compliance.breached(), compliance.open(),
                    counts.cancelled, compliance.compliance()));
        }
        return new ReportTable("sla", List.of("kind", "kept", "breached", "open", "cancelled", "compliance"), rows);
    }

    private ReportTable volume(String name, String keyColumn, Function<CaseFact, String> key) {
        var counts = new TreeMap<String, Long>();
        cases.forEach(c -> counts.merge(key.apply(c), 1L, Long::sum));
        var rows = new ArrayList<List<Object>>();
        counts.forEach((k, n) -> rows.add(Arrays.asList(k, n)));
        return new ReportTable(name, List.of(keyColumn, "cases"), rows);
    }

    private boolean byWeek() {
        return period.days() > 62;
    }

    /** The local day of receipt, or (for periods over 62 days) the Monday of its week. */
    private String timeKey(CaseFact c) {
        var day = c.receivedAt().atZone(ReportPeriod.ZONE).toLocalDate();
        return (byWeek() ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day).toString();
    }

    private ReportTable backlogTable() {
        var byQueue = new TreeMap<String, long[]>();
        for (var o : backlog) {
            byQueue.computeIfAbsent(o.queue(), q -> new long[AGE_BUCKETS.size()])[AGE_BUCKETS.indexOf(bucketOf(o))]++;
        }
        var rows = new ArrayList<List<Object>>();
        byQueue.forEach((queue, n) -> rows.add(Arrays.asList(queue, n[0], n[1], n[2], n[3], n[0] + n[1] + n[2] + n[3])));
        return new ReportTable("backlog", List.of("queue", "age0to1", "age2to5", "age6to10", "ageOver10", "total"), rows);
    }

    /** Age in business days of the case's queue: the business days after the day it came in, up to today. */
    String bucketOf(OpenCase o) {
        int age = businessDaysSince(o.queue(), o.receivedAt().atZone(ReportPeriod.ZONE).toLocalDate());
        return age <= 1 ? "0-1" : age <= 5 ? "2-5" : age <= 10 ? "6-10" : "11+";
    }

    private int businessDaysSince(String queue, LocalDate received) {
        return ageCache.computeIfAbsent(queue + "|" + received, k -> {
            var time = calendarOfQueue.apply(queue);
            var today = now.atZone(ReportPeriod.ZONE).toLocalDate();
            int days = 0;
            for (var d = received.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
                if (time.isBusinessDay(d)) {
                    days++;
                }
            }
            return days;
        });
    }

    private ReportTable legsTable() {
        var business = new LinkedHashMap<String, List<Long>>();
        var calendar = new HashMap<String, List<Long>>();
        var kinds = new HashMap<String, String>();
        var casesPer = new HashMap<String, java.util.Set<Long>>();
        for (var c : cases) {
            var waits = waits(c);
            for (var d : c.deadlines()) {
                if (!d.isLeg() || d.queueCode() == null) {
                    continue;
                }
                var time = calendarOfQueue.apply(d.queueCode());
                var end = d.legEnd(now);
                long b = net(time.between(d.startedAt(), end), waits, d.startedAt(), end, time);
                long cal = net(Duration.between(d.startedAt(), end), waits, d.startedAt(), end, null);
                business.computeIfAbsent(d.queueCode(), q -> new ArrayList<>()).add(Math.max(0, b));
                calendar.computeIfAbsent(d.queueCode(), q -> new ArrayList<>()).add(Math.max(0, cal));
                kinds.put(d.queueCode(), d.kind().name());
                casesPer.computeIfAbsent(d.queueCode(), q -> new java.util.HashSet<>()).add(c.id());
            }
            var frontTime = calendarOfQueue.apply(c.frontOffice());
            for (var w : waits) {
                business.computeIfAbsent(WAITING, q -> new ArrayList<>()).add(frontTime.between(w.start, w.end).toSeconds());
                calendar.computeIfAbsent(WAITING, q -> new ArrayList<>()).add(Duration.between(w.start, w.end).toSeconds());
                kinds.put(WAITING, WAITING);
                casesPer.computeIfAbsent(WAITING, q -> new java.util.HashSet<>()).add(c.id());
            }
        }
        var rows = new ArrayList<List<Object>>();
        business.keySet().stream().sorted(Comparator.comparing((String q) -> order(kinds.get(q))).thenComparing(q -> q))
                .forEach(q -> rows.add(Arrays.asList(q, kinds.get(q), (long) business.get(q).size(), (long) casesPer.get(q).size(),
                        business.get(q).stream().mapToLong(Long::longValue).sum(), Percentiles.median(business.get(q)),
                        Percentiles.p90(business.get(q)), Percentiles.median(calendar.get(q)))));
        return new ReportTable("legs", List.of("leg", "kind", "legs", "cases", "totalBusinessSeconds",
                "medianBusinessSeconds", "p90BusinessSeconds", "medianSeconds"), rows);
    }

    private static int order(String kind) {
        return switch (kind) {
            case "TRIAGE" -> 0;
            case "HANDLING" -> 1;
            default -> 2;
        };
    }

    private record Interval(Instant start, Instant end) {
    }

    /** The times the case waited for the customer: from asking until the answer (or resolution, closing); still waiting: until now. */
    private List<Interval> waits(CaseFact c) {
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
            var s = w.start.isAfter(start) ? w.start : start;
            var e = w.end.isBefore(end) ? w.end : end;
            if (e.isAfter(s)) {
                seconds -= (time == null ? Duration.between(s, e) : time.between(s, e)).toSeconds();
            }
        }
        return seconds;
    }

    private ReportTable satisfactionTable() {
        var s = satisfaction(surveys);
        var rows = new ArrayList<List<Object>>();
        for (int score = 1; score <= 5; score++) {
            rows.add(Arrays.asList(String.valueOf(score), s.distribution().get(score - 1)));
        }
        return new ReportTable("satisfaction", List.of("score", "answers"), rows);
    }

    // --- drill-down helpers ---

    private Stream<String> cohort(Predicate<CaseFact> which) {
        return cases.stream().filter(which).map(CaseFact::number);
    }

    private Stream<String> deadlineCases(String kpi, String key) {
        Set<DeadlineKind> kinds;
        if (kpi.startsWith("promises")) {
            kinds = EnumSet.of(DeadlineKind.FOLLOW_UP);
        } else if (key == null) {
            kinds = CUSTOMER_TARGETS;
        } else {
            try {
                kinds = EnumSet.of(DeadlineKind.valueOf(key.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("key", "a deadline kind: " + Arrays.toString(DeadlineKind.values()));
            }
        }
        Outcome wanted = switch (kpi) {
            case "slaKept", "promisesKept" -> Outcome.KEPT;
            case "slaBreached", "promisesBroken" -> Outcome.BREACHED;
            default -> Outcome.OPEN;
        };
        return cohort(c -> c.deadlines().stream().anyMatch(d -> kinds.contains(d.kind()) && d.outcome(now) == wanted));
    }

    private Stream<String> callbackCases(String phoneQueue, Predicate<CallbackFact> which) {
        return callbacks.stream().filter(cb -> phoneQueue == null || cb.phoneQueue().equals(phoneQueue)).filter(which)
                .map(CallbackFact::caseNumber);
    }

    private static final class EnumMapCounter {
        long kept;
        long breached;
        long open;
        long cancelled;

        void add(Outcome outcome) {
            switch (outcome) {
                case KEPT -> kept++;
                case BREACHED -> breached++;
                case OPEN -> open++;
                case CANCELLED -> cancelled++;
            }
        }

        Kpis.Compliance compliance() {
            return new Kpis.Compliance(kept, breached, open, Percentiles.share(kept, kept + breached));
        }
    }
}
