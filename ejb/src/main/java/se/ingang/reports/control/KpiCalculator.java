package se.ingang.reports.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.entity.Channel;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.Facts.CallCount;
import se.ingang.reports.control.Facts.CallCounts;
import se.ingang.reports.control.Facts.CallFact;
import se.ingang.reports.control.Facts.CallbackFact;
import se.ingang.reports.control.Facts.CaseFact;
import se.ingang.reports.control.Facts.OpenCase;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.reports.control.Facts.ScoreCounts;
import se.ingang.reports.control.Facts.SurveyFact;
import se.ingang.sla.entity.DeadlineKind;

/**
 * Adds up every figure of the dashboards for one period and filter: the per-case figures of the
 * cohort (received in the period, matching the filter) are added one by one, as they are read,
 * and only counters and primitive durations are kept, so a year of cases fits in little memory.
 * The cases behind each figure are picked by {@link #cohort(ReportPeriod, String, String)}, the same definitions
 * as the counters, so a drill-down always matches its number. Pure: the figures, "now" and the
 * business calendars (by queue code) come in.
 */
public final class KpiCalculator {

    /** Table names, in the order the dashboard shows them. */
    public static final List<String> TABLES = List.of("response", "phone", "sla", "volume-channel", "volume-type",
            "volume-topic", "volume-customer-group", "volume-time", "backlog", "legs", "satisfaction");

    /** Row key of the time spent waiting for the customer in the "legs" table. */
    public static final String WAITING = CaseFigures.WAITING;
    public static final String NO_TOPIC = "none";
    static final List<String> AGE_BUCKETS = List.of("0-1", "2-5", "6-10", "11+");
    private static final Set<Channel> WRITTEN = EnumSet.of(Channel.EMAIL, Channel.WEB);
    private static final Set<DeadlineKind> CUSTOMER_TARGETS = EnumSet.of(DeadlineKind.FIRST_RESPONSE, DeadlineKind.RESOLUTION);

    private final ReportPeriod period;
    private final Instant now;
    private final List<OpenCase> backlog;
    private final ScoreCounts surveys;
    private final List<CallCount> calls;
    private final List<CallbackFact> callbacks;
    private final Function<String, BusinessTime> calendarOfQueue;
    private final Map<String, Integer> ageCache = new HashMap<>();

    // What the cohort's figures add up to.
    private long received;
    private long pending;
    private final Map<Channel, ChannelTotals> byChannel = new EnumMap<>(Channel.class);
    private final long[][] outcomes = new long[DeadlineKind.values().length][Outcome.values().length];
    private long resolvedCases;
    private long firstContactCases;
    private long routedCases;
    private long bouncedCases;
    private long transfers;
    private long returns;
    private final Map<String, Map<String, Long>> volumes = new HashMap<>();
    /** Day (or week) keys by UTC hour of receipt: a Stockholm day begins on a whole UTC hour. */
    private final Map<Long, String> timeKeys = new HashMap<>();
    private final Map<String, LegTotals> legs = new HashMap<>();

    public KpiCalculator(ReportPeriod period, Instant now, List<OpenCase> backlog, ScoreCounts surveys,
                         CallCounts calls, List<CallbackFact> callbacks, Function<String, BusinessTime> calendarOfQueue) {
        this.period = period;
        this.now = now;
        this.backlog = backlog;
        this.surveys = surveys;
        this.calls = calls.byQueue();
        this.callbacks = callbacks;
        this.calendarOfQueue = calendarOfQueue;
    }

    /** From the facts themselves (tests, and anything small): each case's figures worked out as of now and added. */
    public static KpiCalculator of(ReportPeriod period, Instant now, List<CaseFact> cases, List<OpenCase> backlog,
                                   List<SurveyFact> surveys, List<CallFact> calls, List<CallbackFact> callbacks,
                                   Function<String, BusinessTime> calendarOfQueue) {
        var calculator = new KpiCalculator(period, now, backlog, ScoreCounts.of(surveys), CallCounts.of(calls), callbacks,
                calendarOfQueue);
        for (var c : cases) {
            var figures = CaseFigures.of(c, now, calendarOfQueue);
            calculator.add(figures);
            figures.legs().forEach(calculator::add);
        }
        return calculator;
    }

    private static final class ChannelTotals {
        long received;
        long answered;
        long answeredInTarget;
        final Percentiles.Values firstResponseBusiness = new Percentiles.Values();
        final Percentiles.Values firstResponse = new Percentiles.Values();
        final Percentiles.Values resolutionBusiness = new Percentiles.Values();
        final Percentiles.Values resolution = new Percentiles.Values();
    }

    private static final class LegTotals {
        final String kind;
        long cases;
        final Percentiles.Values business = new Percentiles.Values();
        final Percentiles.Values seconds = new Percentiles.Values();

        LegTotals(String kind) {
            this.kind = kind;
        }
    }

    /** One case of the cohort (its legs come separately, {@link #add(CaseFigures.Leg)}). */
    public void add(CaseFigures f) {
        received++;
        var channel = byChannel.computeIfAbsent(f.channel(), c -> new ChannelTotals());
        channel.received++;
        if (f.answered()) {
            channel.answered++;
            channel.firstResponseBusiness.add(f.firstResponseBusinessSeconds());
            channel.firstResponse.add(f.firstResponseSeconds());
        }
        if (f.answeredInTarget()) {
            channel.answeredInTarget++;
        }
        if (f.resolved()) {
            resolvedCases++;
            channel.resolutionBusiness.add(f.resolutionBusinessSeconds());
            channel.resolution.add(f.resolutionSeconds());
            if (f.firstContact()) {
                firstContactCases++;
            }
        }
        for (var kind : DeadlineKind.values()) {
            for (var outcome : Outcome.values()) {
                outcomes[kind.ordinal()][outcome.ordinal()] += f.outcomes(kind, outcome);
            }
        }
        if (f.routed()) {
            routedCases++;
        }
        if (f.bounced()) {
            bouncedCases++;
        }
        transfers += f.transfers();
        returns += f.returns();
        count("volume-channel", f.channel().name());
        count("volume-type", f.type().name());
        count("volume-topic", topicKey(f));
        count("volume-customer-group", f.customerGroup().name());
        count("volume-time", timeKey(f));
    }

    public void add(CaseFigures.Leg leg) {
        var totals = legs.computeIfAbsent(leg.queue(), q -> new LegTotals(leg.kind()));
        totals.business.add(leg.businessSeconds());
        totals.seconds.add(leg.seconds());
        if (leg.firstInQueue()) {
            totals.cases++;
        }
    }

    /** Cases whose figures are still being worked out (after an upgrade or a bulk load): not in the figures yet. */
    public void pending(long cases) {
        this.pending = cases;
    }

    private void count(String table, String key) {
        volumes.computeIfAbsent(table, t -> new HashMap<>()).merge(key, 1L, Long::sum);
    }

    public Kpis kpis() {
        long written = 0;
        long writtenAnswered = 0;
        long writtenInTarget = 0;
        for (var channel : WRITTEN) {
            var t = byChannel.get(channel);
            if (t != null) {
                written += t.received;
                writtenAnswered += t.answered;
                writtenInTarget += t.answeredInTarget;
            }
        }
        var emailAndWeb = new Kpis.EmailAndWeb(written, writtenAnswered, Percentiles.share(writtenAnswered, written),
                writtenInTarget, Percentiles.share(writtenInTarget, written));
        var bounces = new Kpis.Bounces(routedCases, transfers, returns, bouncedCases, Percentiles.share(bouncedCases, routedCases));
        var all = byChannel.values();
        return new Kpis(period.from(), period.to(), received, emailAndWeb, phone(calls, callbacks),
                durations(all, t -> t.firstResponseBusiness, t -> t.firstResponse),
                durations(all, t -> t.resolutionBusiness, t -> t.resolution), compliance(CUSTOMER_TARGETS),
                compliance(EnumSet.of(DeadlineKind.FOLLOW_UP)),
                new Kpis.FirstContact(resolvedCases, firstContactCases, Percentiles.share(firstContactCases, resolvedCases)),
                backlog.size(), bounces, satisfaction(surveys), pending);
    }

    public ReportTable table(String name) {
        return switch (name) {
            case "response" -> responseTable();
            case "phone" -> phoneTable();
            case "sla" -> slaTable();
            case "volume-channel" -> volume(name, "channel");
            case "volume-type" -> volume(name, "caseType");
            case "volume-topic" -> volume(name, "topic");
            case "volume-customer-group" -> volume(name, "customerGroup");
            case "volume-time" -> volume(name, byWeek(period) ? "week" : "day");
            case "backlog" -> backlogTable();
            case "legs" -> legsTable();
            case "satisfaction" -> satisfactionTable();
            default -> throw new InvalidInputException("table", "one of " + String.join(", ", TABLES));
        };
    }

    // --- drill-downs ---

    /**
     * The cases of the cohort behind a figure. {@code key} picks a table row (a channel, a
     * deadline kind, a queue, a day …). Empty when the figure is not about the cohort (the backlog,
     * surveys, callbacks: {@link #cases}).
     */
    public static Optional<Predicate<CaseFigures>> cohort(ReportPeriod period, String kpi, String key) {
        String k = key == null || key.isBlank() ? null : key.strip();
        Predicate<CaseFigures> channel = c -> k == null ? WRITTEN.contains(c.channel()) : c.channel().name().equals(k);
        return Optional.ofNullable(switch (kpi == null ? "" : kpi) {
            case "received" -> c -> true;
            case "answered" -> c -> channel.test(c) && c.answered();
            case "unanswered" -> c -> channel.test(c) && !c.answered();
            case "answeredInTarget" -> c -> channel.test(c) && c.answeredInTarget();
            case "notAnsweredInTarget" -> c -> channel.test(c) && !c.answeredInTarget();
            case "firstResponse" -> c -> (k == null || c.channel().name().equals(k)) && c.answered();
            case "resolved" -> c -> (k == null || c.channel().name().equals(k)) && c.resolved();
            case "slaKept", "slaBreached", "slaOpen", "promisesKept", "promisesBroken" -> deadlineCases(kpi, k);
            case "fcr" -> c -> c.resolved() && c.firstContact();
            case "notFcr" -> c -> c.resolved() && !c.firstContact();
            case "channel" -> c -> c.channel().name().equals(k);
            case "caseType" -> c -> c.type().name().equals(k);
            case "topic" -> c -> topicKey(c).equals(k);
            case "customerGroup" -> c -> c.customerGroup().name().equals(k);
            case "day", "week", "time" -> c -> timeKey(period, c.receivedAt()).equals(k);
            case "bounced" -> CaseFigures::bounced;
            case "leg" -> c -> c.hasLegIn(k);
            default -> null;
        });
    }

    /** The case numbers behind a figure that is not about the cohort, sorted: the backlog, callbacks (surveys: Reports). */
    public List<String> cases(String kpi, String key, String bucket) {
        String k = key == null || key.isBlank() ? null : key.strip();
        Stream<String> numbers = switch (kpi == null ? "" : kpi) {
            case "backlog" -> backlog.stream()
                    .filter(o -> k == null || o.queue().equals(k))
                    .filter(o -> bucket == null || bucket.isBlank() || bucketOf(o).equals(bucket.strip()))
                    .map(OpenCase::number);
            case "callbacks" -> callbackCases(k, cb -> true);
            case "calledBackInTime" -> callbackCases(k, CallbackFact::inTime);
            case "calledBackLate" -> callbackCases(k, CallbackFact::late);
            case "notCalledBack" -> callbackCases(k, cb -> cb.firstAttempt() == null);
            default -> throw unknown(kpi);
        };
        return numbers.distinct().sorted().toList();
    }

    private static InvalidInputException unknown(String kpi) {
        return new InvalidInputException("kpi", "unknown figure '" + kpi + "'; see README, Dashboards and KPIs");
    }

    private static Predicate<CaseFigures> deadlineCases(String kpi, String key) {
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
        return c -> c.hasOutcome(kinds, wanted);
    }

    private Stream<String> callbackCases(String phoneQueue, Predicate<CallbackFact> which) {
        return callbacks.stream().filter(cb -> phoneQueue == null || cb.phoneQueue().equals(phoneQueue)).filter(which)
                .map(CallbackFact::caseNumber);
    }

    // --- figures ---

    private static Kpis.Durations durations(Collection<ChannelTotals> of, Function<ChannelTotals, Percentiles.Values> business,
                                            Function<ChannelTotals, Percentiles.Values> calendar) {
        var b = new Percentiles.Values();
        var c = new Percentiles.Values();
        for (var t : of) {
            b.addAll(business.apply(t));
            c.addAll(calendar.apply(t));
        }
        return durations(b, c);
    }

    private static Kpis.Durations durations(Percentiles.Values business, Percentiles.Values calendar) {
        return new Kpis.Durations(business.size(), business.percentile(50), business.percentile(90),
                calendar.percentile(50), calendar.percentile(90));
    }

    private Kpis.Compliance compliance(Set<DeadlineKind> kinds) {
        long kept = 0;
        long breached = 0;
        long open = 0;
        for (var kind : kinds) {
            kept += outcomes[kind.ordinal()][Outcome.KEPT.ordinal()];
            breached += outcomes[kind.ordinal()][Outcome.BREACHED.ordinal()];
            open += outcomes[kind.ordinal()][Outcome.OPEN.ordinal()];
        }
        return new Kpis.Compliance(kept, breached, open, Percentiles.share(kept, kept + breached));
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

    private static Kpis.Satisfaction satisfaction(ScoreCounts surveys) {
        long count = 0;
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            long n = surveys.byScore().get(score - 1);
            count += n;
            sum += score * n;
        }
        Double average = count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0;
        return new Kpis.Satisfaction(count, average, surveys.byScore());
    }

    // --- tables ---

    private ReportTable responseTable() {
        var rows = new ArrayList<List<Object>>();
        for (var channel : Channel.values()) {
            var t = byChannel.get(channel);
            if (t == null) {
                continue;
            }
            var fr = durations(t.firstResponseBusiness, t.firstResponse);
            var res = durations(t.resolutionBusiness, t.resolution);
            rows.add(Arrays.asList(channel.name(), t.received, t.answered, Percentiles.share(t.answered, t.received),
                    t.answeredInTarget, Percentiles.share(t.answeredInTarget, t.received), fr.medianBusinessSeconds(),
                    fr.p90BusinessSeconds(), fr.medianSeconds(), fr.p90Seconds(), res.count(), res.medianBusinessSeconds(),
                    res.p90BusinessSeconds(), res.medianSeconds(), res.p90Seconds()));
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
            var compliance = compliance(EnumSet.of(kind));
            rows.add(Arrays.asList(kind.name(), compliance.kept(), compliance.breached(), compliance.open(),
                    outcomes[kind.ordinal()][Outcome.CANCELLED.ordinal()], compliance.compliance()));
        }
        return new ReportTable("sla", List.of("kind", "kept", "breached", "open", "cancelled", "compliance"), rows);
    }

    private ReportTable volume(String name, String keyColumn) {
        var rows = new ArrayList<List<Object>>();
        new TreeMap<>(volumes.getOrDefault(name, Map.of())).forEach((k, n) -> rows.add(Arrays.asList(k, n)));
        return new ReportTable(name, List.of(keyColumn, "cases"), rows);
    }

    private static String topicKey(CaseFigures c) {
        return c.topic() == null ? NO_TOPIC : c.topic();
    }

    private static boolean byWeek(ReportPeriod period) {
        return period.days() > 62;
    }

    private String timeKey(CaseFigures c) {
        return timeKeys.computeIfAbsent(Math.floorDiv(c.receivedAt().getEpochSecond(), 3600),
                hour -> timeKey(period, c.receivedAt()));
    }

    /** The local day of receipt, or (for periods over 62 days) the Monday of its week. */
    private static String timeKey(ReportPeriod period, Instant received) {
        var day = received.atZone(ReportPeriod.ZONE).toLocalDate();
        return (byWeek(period) ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day).toString();
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
        var rows = new ArrayList<List<Object>>();
        legs.keySet().stream().sorted(Comparator.comparing((String q) -> order(legs.get(q).kind)).thenComparing(q -> q))
                .forEach(q -> {
                    var t = legs.get(q);
                    rows.add(Arrays.asList(q, t.kind, (long) t.business.size(), t.cases, t.business.sum(),
                            t.business.percentile(50), t.business.percentile(90), t.seconds.percentile(50)));
                });
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

    private ReportTable satisfactionTable() {
        var s = satisfaction(surveys);
        var rows = new ArrayList<List<Object>>();
        for (int score = 1; score <= 5; score++) {
            rows.add(Arrays.asList(String.valueOf(score), s.distribution().get(score - 1)));
        }
        return new ReportTable("satisfaction", List.of("score", "answers"), rows);
    }
}
