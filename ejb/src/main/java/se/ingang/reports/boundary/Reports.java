package se.ingang.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.Queue;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.CaseFigures;
import se.ingang.reports.control.Facts.CallCount;
import se.ingang.reports.control.Facts.CallCounts;
import se.ingang.reports.control.Facts.CallbackFact;
import se.ingang.reports.control.Facts.OpenCase;
import se.ingang.reports.control.Facts.ScoreCounts;
import se.ingang.reports.control.Comparison;
import se.ingang.reports.control.FigureTable;
import se.ingang.reports.control.Glance;
import se.ingang.reports.control.GlanceFigure;
import se.ingang.reports.control.Tile;
import se.ingang.reports.control.Trend;
import se.ingang.reports.control.KpiCalculator;
import se.ingang.reports.control.Kpis;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.control.ReportPeriod;
import se.ingang.reports.control.ReportTable;
import se.ingang.sla.entity.DeadlineKind;

/**
 * The managers' figures for a period and filter: the per-case figures of the cases received in
 * the period that match the filter (report_case, kept up to date by FigureRefresher) streamed
 * through the calculator; the open cases now (backlog); surveys answered in the period; calls
 * started in the period and callbacks owed for its days. Callers check access first (managers,
 * administrators).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Reports {

    static final List<CaseStatus> OPEN = List.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CUSTOMER);

    /** Hibernate's hint for the JDBC fetch size. */
    private static final String FETCH_SIZE_HINT = "org.hibernate.fetchSize";
    private static final int FETCH_SIZE = 10_000;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource dataSource;

    @Inject
    ApplicationClock clock;

    @Inject
    FigureBatch figureBatch;

    @Inject
    FigureRefresher refresher;

    @Inject
    Organisation organisation;

    @Inject
    KpiTargets targets;

    public Kpis kpis(ReportPeriod period, ReportFilter filter) {
        return calculator(period, filter, Reading.CASES).kpis();
    }

    /** The tiles of the period, compared with the period before and the same days a year before. */
    public Glance glance(ReportPeriod period, ReportFilter filter) {
        return glance(period, filter, kpis(period, filter));
    }

    /** The same, for a page that already has the period's figures ({@code now}); the two others are read here. */
    public Glance glance(ReportPeriod period, ReportFilter filter, Kpis now) {
        var previous = period.previous();
        var yearBefore = period.yearBefore();
        var before = kpis(previous, filter);
        var lastYear = kpis(yearBefore, filter);
        var set = targets.all();
        var tiles = java.util.Arrays.stream(GlanceFigure.values())
                .map(f -> Tile.of(f, now, before, lastYear, set.get(f.id()))).toList();
        return new Glance(period, previous, yearBefore, tiles);
    }

    /** The cohort per day, week or month: cases by channel, customer targets kept and breached. */
    public Trend trend(ReportPeriod period, ReportFilter filter, Trend.Grain grain) {
        check(filter);
        refresher.catchUp();
        var counter = new Trend.Counter(period, grain);
        eachFigure(period, filter, false, counter::add);
        return counter.trend();
    }

    /**
     * The period's figures per front office and per back-office group in one pass over the cohort
     * (the front-office and group filters do not apply: every one is a row; the others do).
     */
    public Comparison compare(ReportPeriod period, ReportFilter filter) {
        var others = new ReportFilter(null, null, filter.channel(), filter.caseType(), filter.customerGroup());
        refresher.catchUp();
        var calendars = figureBatch.calendarsByQueue();
        var now = clock.now();
        var noSurveys = new ScoreCounts(List.of(0L, 0L, 0L, 0L, 0L));
        var byFrontOffice = new LinkedHashMap<String, KpiCalculator>();
        var byGroup = new LinkedHashMap<String, KpiCalculator>();
        java.util.function.Function<String, KpiCalculator> fresh = q -> new KpiCalculator(period, now, List.of(), noSurveys,
                new CallCounts(List.of()), List.of(), calendars);
        eachFigure(period, others, true, f -> {
            if (f.frontOffice() != null) {
                byFrontOffice.computeIfAbsent(f.frontOffice(), fresh).add(f);
            }
            for (String group : f.handledGroups()) {
                byGroup.computeIfAbsent(group, fresh).add(f);
            }
        });
        var open = new Where(others).and("c.status IN :open").param("open", OPEN);
        var foBacklog = counts(open.apply(em.createQuery("SELECT fo.code, COUNT(c) FROM ServiceCase c JOIN c.queue q"
                + " JOIN c.frontOffice fo" + open.clause() + " GROUP BY fo.code", Object[].class)));
        var queueBacklog = counts(open.apply(em.createQuery("SELECT q.code, COUNT(c) FROM ServiceCase c JOIN c.queue q"
                + " JOIN c.frontOffice fo" + open.clause() + " GROUP BY q.code", Object[].class)));
        var rows = new ArrayList<Comparison.Row>();
        for (var queue : organisation.queues()) {
            var kind = queue.isBackOffice() ? Comparison.Kind.GROUP : Comparison.Kind.FRONT_OFFICE;
            var calculator = (queue.isBackOffice() ? byGroup : byFrontOffice).get(queue.getCode());
            long backlog = (queue.isBackOffice() ? queueBacklog : foBacklog).getOrDefault(queue.getCode(), 0L);
            if (calculator == null && backlog == 0) {
                continue;
            }
            var kpis = (calculator == null ? fresh.apply(queue.getCode()) : calculator).kpis();
            rows.add(Comparison.Row.of(kind, queue.getCode(), queue.getName(), kpis, backlog));
        }
        return new Comparison(period, rows);
    }

    private static Map<String, Long> counts(TypedQuery<Object[]> query) {
        var counts = new java.util.HashMap<String, Long>();
        query.getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    public ReportTable table(String name, ReportPeriod period, ReportFilter filter) {
        if (!KpiCalculator.TABLES.contains(name)) {
            throw new InvalidInputException("table", "one of " + String.join(", ", KpiCalculator.TABLES));
        }
        return calculator(period, filter, "legs".equals(name) ? Reading.CASES_AND_LEGS : Reading.CASES).table(name);
    }

    /** How many case numbers a drill-down lists (on the page and in the API); it counts them all. */
    public static final int LISTED_CASES = 1000;

    /** The cases behind a figure: how many, and the first {@code limit} case numbers in order. */
    public record CaseList(long total, List<String> numbers) {
    }

    /** Case numbers as they come, in order: all are counted, the first {@code limit} kept. */
    private static final class FirstCases {
        private final int limit;
        private final List<String> numbers = new ArrayList<>();
        private long total;

        FirstCases(int limit) {
            this.limit = limit;
        }

        void add(String number) {
            if (total++ < limit) {
                numbers.add(number);
            }
        }

        CaseList list() {
            return new CaseList(total, numbers);
        }
    }

    public CaseList cases(String kpi, String key, String bucket, ReportPeriod period, ReportFilter filter, int limit) {
        if ("satisfaction".equals(kpi)) {
            return answers(key, period, filter, limit);
        }
        var which = KpiCalculator.cohort(period, kpi, key);
        var first = new FirstCases(limit);
        if (which.isEmpty()) {
            calculator(period, filter, Reading.NOT_THE_CASES).cases(kpi, key, bucket).forEach(first::add);
            return first.list();
        }
        check(filter);
        refresher.catchUp();
        eachFigure(period, filter, true, f -> {
            if (which.get().test(f)) {
                first.add(f.number());
            }
        });
        return first.list();
    }

    /**
     * The per-case figures of the given cases (at most a thousand at once), as the dashboard judged
     * them: a drill-down's table shows each case's deadline outcomes by the same rules as the figures.
     */
    public void figuresOf(List<String> numbers, Consumer<CaseFigures> action) {
        if (numbers.isEmpty()) {
            return;
        }
        if (numbers.size() > LISTED_CASES) {
            throw new IllegalArgumentException("at most " + LISTED_CASES + " cases at once");
        }
        var codes = FigureTable.codes();
        String marks = String.join(", ", java.util.Collections.nCopies(numbers.size(), "?"));
        query("SELECT " + FigureTable.READ_COLUMNS + " FROM report_case r WHERE r.case_number IN (" + marks + ")",
                new ArrayList<>(numbers), r -> action.accept(FigureTable.read(r, codes)));
    }

    private CaseList answers(String score, ReportPeriod period, ReportFilter filter, int limit) {
        check(filter);
        var cases = CaseFilter.of(filter);
        var params = join(periodOf(period), cases.params());
        String byScore = "";
        if (score != null && !score.isBlank()) {
            byScore = " AND s.score = ?";
            try {
                params.add(Integer.parseInt(score.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("key", "a score 1..5");
            }
        }
        var first = new FirstCases(limit);
        query("SELECT s.case_number FROM survey s" + answered(cases) + byScore + " ORDER BY s.case_number", params,
                r -> first.add(r.getString(1)));
        return first.list();
    }

    /** Everything of one period and filter at once (the dashboard page and the weekly mail show it all). */
    public record Report(Kpis kpis, List<ReportTable> tables) {
    }

    public Report report(ReportPeriod period, ReportFilter filter) {
        var calculator = calculator(period, filter);
        return new Report(calculator.kpis(), KpiCalculator.TABLES.stream().map(calculator::table).toList());
    }

    public KpiCalculator calculator(ReportPeriod period, ReportFilter filter) {
        return calculator(period, filter, Reading.CASES_AND_LEGS);
    }

    /** How much of the cohort a request needs: the legs are only in their own table (a year has over a million). */
    private enum Reading {
        NOT_THE_CASES, CASES, CASES_AND_LEGS
    }

    private KpiCalculator calculator(ReportPeriod period, ReportFilter filter, Reading reading) {
        check(filter);
        long pending = refresher.catchUp();
        var calculator = new KpiCalculator(period, clock.now(), backlog(filter), surveys(period, filter), calls(period, filter),
                callbacks(period, filter), figureBatch.calendarsByQueue());
        calculator.pending(pending);
        if (reading != Reading.NOT_THE_CASES) {
            eachFigure(period, filter, false, calculator::add);
        }
        if (reading == Reading.CASES_AND_LEGS) {
            eachLeg(period, filter, calculator::add);
        }
        return calculator;
    }

    private void check(ReportFilter filter) {
        if (filter.frontOffice() != null && organisation.findQueue(filter.frontOffice()).filter(q -> !q.isBackOffice()).isEmpty()) {
            throw new InvalidInputException("frontOffice", "no front-office profile '" + filter.frontOffice() + "'");
        }
        if (filter.group() != null && organisation.findQueue(filter.group()).filter(Queue::isBackOffice).isEmpty()) {
            throw new InvalidInputException("group", "no back-office group '" + filter.group() + "'");
        }
    }

    /**
     * The cohort's figures, a row at a time: with a fetch size the MariaDB driver streams the rows
     * instead of holding the whole result (a year is a million rows) before the first is seen.
     */
    private void eachFigure(ReportPeriod period, ReportFilter filter, boolean drillDown, Consumer<CaseFigures> action) {
        var cases = CaseFilter.of(filter);
        var codes = FigureTable.codes();
        String sql = "SELECT " + (drillDown ? FigureTable.READ_COLUMNS : FigureTable.KPI_COLUMNS) + " FROM report_case r"
                + RECEIVED_IN + cases.conditions() + (drillDown ? " ORDER BY r.case_number" : "");
        query(sql, join(periodOf(period), cases.params()), r -> action.accept(FigureTable.read(r, codes)));
    }

    /** The cohort's legs: by time alone without a filter, else through their cases' figures. */
    private void eachLeg(ReportPeriod period, ReportFilter filter, Consumer<CaseFigures.Leg> action) {
        var cases = CaseFilter.of(filter);
        var codes = FigureTable.codes();
        String columns = "SELECT l.leg_queue, l.kind, l.business_s, l.calendar_s, l.first_in_queue FROM report_leg l";
        String sql = cases.any()
                ? columns + " JOIN report_case r ON r.received_at = l.received_at AND r.case_id = l.case_id" + RECEIVED_IN
                        + cases.conditions()
                : columns + " WHERE l.received_at >= ? AND l.received_at < ?";
        query(sql, join(periodOf(period), cases.params()),
                r -> action.accept(new CaseFigures.Leg(FigureTable.shared(codes, r.getString(1)),
                        FigureTable.shared(codes, r.getString(2)), r.getLong(3), r.getLong(4), r.getBoolean(5))));
    }

    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private void query(String sql, List<Object> params, Row row) {
        try (var db = dataSource.getConnection(); var query = db.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                query.setObject(i + 1, params.get(i));
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the dashboards' figures", e);
        }
    }

    /** The cohort's period over report_case r; its parameters: {@link #periodOf}. */
    private static final String RECEIVED_IN = " WHERE r.received_at >= ? AND r.received_at < ?";

    /** A period's start and end (exclusive) as the database stores instants (UTC). */
    private static List<Object> periodOf(ReportPeriod period) {
        return List.of(FigureTable.utc(period.start()), FigureTable.utc(period.end()));
    }

    private static List<Object> join(List<Object> first, List<Object> then) {
        var all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** The filter as conditions over report_case r (" AND …", or nothing), with their parameters. */
    private record CaseFilter(String conditions, List<Object> params) {

        boolean any() {
            return !params.isEmpty();
        }

        static CaseFilter of(ReportFilter f) {
            var conditions = new StringBuilder();
            var params = new ArrayList<Object>();
            if (f.frontOffice() != null) {
                conditions.append(" AND r.front_office = ?");
                params.add(f.frontOffice());
            }
            if (f.group() != null) {
                conditions.append(" AND r.handled_groups LIKE ?");
                params.add("%|" + f.group().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%");
            }
            if (f.channel() != null) {
                conditions.append(" AND r.channel = ?");
                params.add(f.channel().name());
            }
            if (f.caseType() != null) {
                conditions.append(" AND r.case_type = ?");
                params.add(f.caseType().name());
            }
            if (f.customerGroup() != null) {
                conditions.append(" AND r.customer_group = ?");
                params.add(f.customerGroup().name());
            }
            return new CaseFilter(conditions.toString(), params);
        }
    }

    private static <T> void each(TypedQuery<T> query, java.util.function.Consumer<T> action) {
        try (var rows = query.setHint(FETCH_SIZE_HINT, FETCH_SIZE).getResultStream()) {
            rows.forEach(action);
        }
    }

    private static <T, R> List<R> all(TypedQuery<T> query, java.util.function.Function<T, R> mapper) {
        var result = new ArrayList<R>();
        each(query, r -> result.add(mapper.apply(r)));
        return result;
    }

    private List<OpenCase> backlog(ReportFilter filter) {
        var where = new Where(filter).and("c.status IN :open").param("open", OPEN);
        return all(where.apply(em.createQuery("SELECT c.number.value, q.code, c.receivedAt FROM ServiceCase c JOIN c.queue q"
                        + " JOIN c.frontOffice fo" + where.clause() + " ORDER BY c.id", Object[].class)),
                r -> new OpenCase((String) r[0], (String) r[1], (Instant) r[2]));
    }

    /** Survey answers given in the period for cases matching the filters, counted per score by the database. */
    private ScoreCounts surveys(ReportPeriod period, ReportFilter filter) {
        var cases = CaseFilter.of(filter);
        var byScore = new Long[]{0L, 0L, 0L, 0L, 0L};
        query("SELECT s.score, COUNT(*) FROM survey s" + answered(cases) + " GROUP BY s.score",
                join(periodOf(period), cases.params()), r -> byScore[r.getInt(1) - 1] = r.getLong(2));
        return new ScoreCounts(List.of(byScore));
    }

    /**
     * The survey answers given in the period (parameters: the period, then the filter's), of cases
     * matching the filter as the cohort's do, though answered, not received, in the period.
     */
    private static String answered(CaseFilter cases) {
        return (cases.any() ? " JOIN report_case r ON r.case_id = s.case_id" : "")
                + " WHERE s.score IS NOT NULL AND s.answered_at >= ? AND s.answered_at < ?" + cases.conditions();
    }

    /**
     * Calls have no case type, channel or customer group: only the front-office filter applies to them.
     * Added up from the calls counted per phone queue and hour as they were recorded (report_call_hour).
     */
    private CallCounts calls(ReportPeriod period, ReportFilter filter) {
        var params = join(periodOf(period), filter.frontOffice() == null ? List.of() : List.of(filter.frontOffice()));
        var counts = new ArrayList<CallCount>();
        query("SELECT pq.code, SUM(h.offered), SUM(h.answered) FROM report_call_hour h JOIN phone_queue pq"
                + " ON pq.id = h.phone_queue_id JOIN queue fo ON fo.id = pq.front_office_id WHERE h.hour_start >= ?"
                + " AND h.hour_start < ?" + (filter.frontOffice() == null ? "" : " AND fo.code = ?")
                + " GROUP BY pq.code HAVING SUM(h.offered) > 0 ORDER BY pq.code", params,
                r -> counts.add(new CallCount(r.getString(1), r.getLong(2), r.getLong(3))));
        return new CallCounts(counts);
    }

    private List<CallbackFact> callbacks(ReportPeriod period, ReportFilter filter) {
        var query = em.createQuery("SELECT pq.code, b.serviceCase.number.value, b.callDate,"
                + " (SELECT MIN(d.dueAt) FROM Deadline d WHERE d.caseId = b.serviceCase.id AND d.kind = :firstResponse),"
                + " (SELECT MIN(a.attemptedAt) FROM CallbackAttempt a WHERE a.callback = b)"
                + " FROM Callback b JOIN b.phoneQueue pq JOIN pq.frontOffice fo WHERE b.callDate >= :from AND b.callDate <= :to"
                + (filter.frontOffice() == null ? "" : " AND fo.code = :fo"), Object[].class)
                .setParameter("firstResponse", DeadlineKind.FIRST_RESPONSE)
                .setParameter("from", period.from()).setParameter("to", period.to());
        if (filter.frontOffice() != null) {
            query.setParameter("fo", filter.frontOffice());
        }
        return all(query, r -> new CallbackFact((String) r[0], (String) r[1], (LocalDate) r[2],
                (Instant) r[3], (Instant) r[4]));
    }

    /** The filter as a JPQL WHERE clause over the case alias c (front office alias fo). */
    static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        /** For the backlog: the group is the queue the case is in now. */
        Where(ReportFilter f) {
            if (f.frontOffice() != null) {
                and("fo.code = :fo").param("fo", f.frontOffice());
            }
            if (f.group() != null) {
                and("c.queue.code = :group").param("group", f.group());
            }
            if (f.channel() != null) {
                and("c.channel = :channel").param("channel", f.channel());
            }
            if (f.caseType() != null) {
                and("c.type = :type").param("type", f.caseType());
            }
            if (f.customerGroup() != null) {
                and("c.customerGroup = :customerGroup").param("customerGroup", f.customerGroup());
            }
        }

        Where and(String condition) {
            parts.add(condition);
            return this;
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        String clause() {
            return parts.isEmpty() ? " WHERE 1 = 1" : " WHERE " + String.join(" AND ", parts);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
