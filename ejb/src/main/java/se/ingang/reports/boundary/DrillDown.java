package se.ingang.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.ingang.cases.entity.Channel;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.CaseFigures;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.control.ReportPeriod;
import se.ingang.sla.entity.DeadlineKind;

/**
 * The cases behind a figure as a table: number, subject, channel, queue now (by name), received,
 * first response, resolved, the outcome of the customer's targets and the owner (by name). The
 * cases are the ones {@link Reports#cases} finds for the figure; the page sorts and pages the first
 * {@value Reports#LISTED_CASES} of them, the CSV has them all in case-number order. Callers check
 * access first (managers, administrators).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DrillDown {

    /** At most this many rows a page. */
    public static final int MAX_PAGE = 100;
    /** A CSV holds at most this many cases (a year's cases are a report job, not a download). */
    public static final int MAX_EXPORT = 100_000;
    private static final Set<DeadlineKind> CUSTOMER_TARGETS = EnumSet.of(DeadlineKind.FIRST_RESPONSE, DeadlineKind.RESOLUTION);

    @Inject
    Reports reports;

    @PersistenceContext
    EntityManager em;

    /** The columns, which also sort. */
    public enum Column {
        NUMBER, SUBJECT, CHANNEL, GROUP, RECEIVED, FIRST_RESPONSE, RESOLVED, SLA, OWNER;

        public static Column parse(String value) {
            if (value == null || value.isBlank()) {
                return NUMBER;
            }
            for (var c : values()) {
                if (c.name().replace("_", "").equalsIgnoreCase(value.strip().replace("-", "").replace("_", ""))) {
                    return c;
                }
            }
            throw new InvalidInputException("sort", "one of number, subject, channel, group, received, firstResponse,"
                    + " resolved, sla, owner");
        }
    }

    /**
     * The customer's targets (first response, resolution) of a case taken together, by the dashboard's rules:
     * BREACHED if one was, else OPEN if one is still open, else KEPT if one was kept; NONE: no target judged.
     */
    public enum Sla {
        BREACHED, OPEN, KEPT, NONE
    }

    /** {@code groupName}: the queue the case is in now; {@code owner}: the assignee's name (null: nobody). */
    public record CaseRow(String number, String subject, Channel channel, String groupName, Instant receivedAt,
                          Instant firstResponseAt, Instant resolvedAt, Sla sla, String owner) {
    }

    /** {@code total}: all cases behind the figure; {@code listed}: how many of them the table sorts and pages. */
    public record Page(long total, int listed, int page, int size, int pages, Column sort, boolean descending,
                       List<CaseRow> rows) {
    }

    public Page page(String kpi, String key, String bucket, ReportPeriod period, ReportFilter filter, Column sort,
                     boolean descending, int page, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "from 1 to " + MAX_PAGE);
        }
        if (page < 1) {
            throw new InvalidInputException("page", "1 or more");
        }
        var list = reports.cases(kpi, key, bucket, period, filter, Reports.LISTED_CASES);
        var rows = new ArrayList<>(rows(list.numbers()));
        Comparator<CaseRow> order = comparator(sort);
        rows.sort(descending ? order.reversed() : order);
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int from = Math.min(rows.size(), (page - 1) * size);
        return new Page(list.total(), rows.size(), page, size, pages, sort, descending,
                List.copyOf(rows.subList(from, Math.min(rows.size(), from + size))));
    }

    /** All the cases behind the figure (up to {@value #MAX_EXPORT}), in case-number order, for the CSV. */
    public List<CaseRow> all(String kpi, String key, String bucket, ReportPeriod period, ReportFilter filter) {
        var numbers = reports.cases(kpi, key, bucket, period, filter, MAX_EXPORT).numbers();
        var rows = new ArrayList<CaseRow>(numbers.size());
        for (int i = 0; i < numbers.size(); i += Reports.LISTED_CASES) {
            rows.addAll(rows(numbers.subList(i, Math.min(numbers.size(), i + Reports.LISTED_CASES))));
        }
        rows.sort(comparator(Column.NUMBER));
        return rows;
    }

    /** The rows of at most a thousand cases, in no particular order. */
    private List<CaseRow> rows(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        var sla = new HashMap<String, Sla>();
        reports.figuresOf(numbers, f -> sla.put(f.number(), sla(f)));
        var cases = em.createQuery("SELECT c.number.value, c.subject, c.channel, q.name, c.receivedAt, c.firstResponseAt,"
                        + " c.resolvedAt, c.assignee FROM ServiceCase c JOIN c.queue q WHERE c.number.value IN :numbers",
                Object[].class).setParameter("numbers", numbers).getResultList();
        var owners = names(cases.stream().map(r -> (String) r[7]).filter(java.util.Objects::nonNull).distinct().toList());
        return cases.stream().map(r -> new CaseRow((String) r[0], (String) r[1], (Channel) r[2], (String) r[3],
                (Instant) r[4], (Instant) r[5], (Instant) r[6], sla.getOrDefault((String) r[0], Sla.NONE),
                r[7] == null ? null : owners.getOrDefault((String) r[7], (String) r[7]))).toList();
    }

    private Map<String, String> names(List<String> usernames) {
        var names = new HashMap<String, String>();
        if (!usernames.isEmpty()) {
            em.createQuery("SELECT u.username, u.displayName FROM StaffUser u WHERE u.username IN :usernames", Object[].class)
                    .setParameter("usernames", usernames).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    static Sla sla(CaseFigures f) {
        if (f.hasOutcome(CUSTOMER_TARGETS, Outcome.BREACHED)) {
            return Sla.BREACHED;
        }
        if (f.hasOutcome(CUSTOMER_TARGETS, Outcome.OPEN)) {
            return Sla.OPEN;
        }
        return f.hasOutcome(CUSTOMER_TARGETS, Outcome.KEPT) ? Sla.KEPT : Sla.NONE;
    }

    /** Empty values last either way up would need two orders; here they sort first ascending, as "nothing yet". */
    private static Comparator<CaseRow> comparator(Column sort) {
        Comparator<CaseRow> byNumber = Comparator.comparing(CaseRow::number);
        Comparator<CaseRow> first = switch (sort) {
            case NUMBER -> byNumber;
            case SUBJECT -> text(CaseRow::subject);
            case CHANNEL -> Comparator.comparing(r -> r.channel().name());
            case GROUP -> text(CaseRow::groupName);
            case RECEIVED -> Comparator.comparing(CaseRow::receivedAt);
            case FIRST_RESPONSE -> Comparator.comparing(CaseRow::firstResponseAt, Comparator.nullsFirst(Comparator.naturalOrder()));
            case RESOLVED -> Comparator.comparing(CaseRow::resolvedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
            case SLA -> Comparator.comparing(CaseRow::sla);
            case OWNER -> text(CaseRow::owner);
        };
        return first.thenComparing(byNumber);
    }

    private static Comparator<CaseRow> text(Function<CaseRow, String> value) {
        return Comparator.comparing(r -> value.apply(r) == null ? "" : value.apply(r).toLowerCase(Locale.ROOT));
    }
}
