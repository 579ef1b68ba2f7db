package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.ingang.reports.boundary.Reports;
import se.ingang.reports.control.Comparison;

/**
 * The dashboard's comparison of front offices and back-office groups (with ?compare=1, as it reads
 * the period once more): one table each, sortable by any column through links in the headers.
 * Uses DashboardScreen's period and filters, which has checked access (managers, administrators).
 */
@Named
@RequestScoped
public class DashboardComparison {

    static final List<String> COLUMNS = List.of("name", "received", "answeredInTarget", "fcr", "firstResponse", "sla",
            "backlog");

    @Inject
    DashboardScreen screen;

    @Inject
    Reports reports;

    private String compare;
    private String sort;
    private String dir;
    private Comparison comparison;

    public record Row(String name, String received, String answeredInTarget, String fcr, String firstResponse, String sla,
                      String backlog) {
    }

    public record Header(String id, String label, String href, String ariaSort) {
    }

    public boolean isShown() {
        return compare != null && !compare.isBlank() && screen.kpis() != null;
    }

    private Comparison comparison() {
        if (comparison == null && isShown()) {
            comparison = reports.compare(screen.getResolved(), screen.filter());
        }
        return comparison;
    }

    public List<Row> getFrontOffices() {
        return rows(Comparison.Kind.FRONT_OFFICE);
    }

    public List<Row> getGroups() {
        return rows(Comparison.Kind.GROUP);
    }

    public List<Header> getHeaders() {
        String current = sorted();
        boolean descending = "desc".equals(dir);
        return COLUMNS.stream().map(c -> new Header(c, Texts.text("compare.col." + c),
                screen.compareLink(c, c.equals(current) && !descending ? "desc" : "asc"),
                c.equals(current) ? (descending ? "descending" : "ascending") : null)).toList();
    }

    private List<Row> rows(Comparison.Kind kind) {
        var c = comparison();
        if (c == null) {
            return List.of();
        }
        var rows = new ArrayList<>(c.rows().stream().filter(r -> r.kind() == kind).toList());
        Comparator<Comparison.Row> order = switch (sorted()) {
            case "received" -> Comparator.comparingLong(Comparison.Row::received);
            case "answeredInTarget" -> nullsFirst(Comparison.Row::answeredInTargetShare);
            case "fcr" -> nullsFirst(Comparison.Row::firstContactResolutionShare);
            case "firstResponse" -> nullsFirst(r -> r.medianFirstResponseBusinessSeconds() == null ? null
                    : r.medianFirstResponseBusinessSeconds().doubleValue());
            case "sla" -> nullsFirst(Comparison.Row::slaCompliance);
            case "backlog" -> Comparator.comparingLong(Comparison.Row::backlog);
            default -> Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        };
        order = order.thenComparing(Comparison.Row::queue);
        rows.sort("desc".equals(dir) ? order.reversed() : order);
        return rows.stream().map(r -> new Row(r.name(), String.valueOf(r.received()), share(r.answeredInTargetShare()),
                share(r.firstContactResolutionShare()), DashboardScreen.hours(r.medianFirstResponseBusinessSeconds()),
                share(r.slaCompliance()), String.valueOf(r.backlog()))).toList();
    }

    /** The column asked for, or the name (List.of refuses to look for null). */
    private String sorted() {
        return sort != null && COLUMNS.contains(sort) ? sort : "name";
    }

    private static Comparator<Comparison.Row> nullsFirst(Function<Comparison.Row, Double> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static String share(Double share) {
        return share == null ? "–" : String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f %%",
                share * 100);
    }

    public String getShowHref() {
        return screen.compareLink(null, null);
    }

    public String getCompare() {
        return compare;
    }

    public void setCompare(String compare) {
        this.compare = compare;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
