package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.boundary.DrillDown;

/**
 * The cases behind a dashboard figure as a table (with ?kpi=): sortable column headers and pages of
 * 25, as links (GET, so a view can be bookmarked); names from the bundles and the registry, never codes.
 * Uses DashboardScreen's figure, period and filters, which has checked access (managers, administrators).
 */
@Named
@RequestScoped
public class DashboardDrillDown {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ApplicationClock.ZONE);

    @Inject
    DashboardScreen screen;

    @Inject
    DrillDown drillDown;

    private String sort;
    private String dir;
    private String page;
    private String size;
    private DrillDown.Page result;
    private boolean refused;

    public record Row(String number, String subject, String channel, String group, String received, String firstResponse,
                      String resolved, String sla, String slaClass, String owner) {
    }

    /** A column header: its text, its link (sorting by it, or the other way round when it sorts now), aria-sort. */
    public record Header(String id, String label, String href, String ariaSort) {
    }

    private DrillDown.Page result() {
        if (result == null && !refused && screen.isDrilling()) {
            try {
                result = drillDown.page(screen.getKpi(), screen.getKey(), screen.getBucket(), screen.resolved(), screen.filter(),
                        column(), "desc".equals(dir), pageNumber(), pageSize());
            } catch (InvalidInputException e) {
                refused = true; // DashboardScreen reports an unknown figure at the top of the page
            }
        }
        return result;
    }

    public boolean isShown() {
        return result() != null;
    }

    public List<Row> getRows() {
        var r = result();
        return r == null ? List.of() : r.rows().stream().map(c -> new Row(c.number(), c.subject(),
                Texts.text("channel." + c.channel()), c.groupName(), time(c.receivedAt()), time(c.firstResponseAt()),
                time(c.resolvedAt()), Texts.text("drill.sla." + c.sla()), "sla-" + c.sla(),
                c.owner() == null ? Texts.text("drill.nobody") : c.owner())).toList();
    }

    public List<Header> getHeaders() {
        var r = result();
        return Arrays.stream(DrillDown.Column.values()).map(c -> {
            boolean current = r != null && r.sort() == c;
            String nextDir = current && !r.descending() ? "desc" : "asc";
            String aria = current ? (r.descending() ? "descending" : "ascending") : null;
            return new Header(c.name().toLowerCase(Locale.ROOT), Texts.text("drill.col." + c),
                    link(param(c), nextDir, 1), aria);
        }).toList();
    }

    public String getPageText() {
        var r = result();
        return r == null ? "" : Texts.text("drill.page", r.page(), r.pages(), r.listed(), r.total());
    }

    public String getPreviousHref() {
        var r = result();
        return r == null || r.page() <= 1 ? null : link(param(r.sort()), r.descending() ? "desc" : "asc",
                Math.min(r.page(), r.pages()) - 1);
    }

    public String getNextHref() {
        var r = result();
        return r == null || r.page() >= r.pages() ? null : link(param(r.sort()), r.descending() ? "desc" : "asc",
                r.page() + 1);
    }

    /** Only the first {@value se.ingang.reports.boundary.Reports#LISTED_CASES} are in the table; the CSV has them all. */
    public boolean isCapped() {
        var r = result();
        return r != null && r.total() > r.listed();
    }

    private DrillDown.Column column() {
        try {
            return DrillDown.Column.parse(sort);
        } catch (InvalidInputException e) {
            return DrillDown.Column.NUMBER;
        }
    }

    /** Rows a page: 25, or what the link asks for (1–100). */
    private int pageSize() {
        try {
            int n = Integer.parseInt(size == null ? "" : size.strip());
            return n >= 1 && n <= DrillDown.MAX_PAGE ? n : PAGE_SIZE;
        } catch (NumberFormatException e) {
            return PAGE_SIZE;
        }
    }

    private String link(String sortBy, String direction, int pageNo) {
        return screen.drillLink(sortBy, direction, pageNo, pageSize() == PAGE_SIZE ? null : String.valueOf(pageSize()));
    }

    private int pageNumber() {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String param(DrillDown.Column c) {
        var words = c.name().toLowerCase(Locale.ROOT).split("_");
        return words.length == 1 ? words[0] : words[0] + Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1);
    }

    private static String time(Instant at) {
        return at == null ? "–" : WHEN.format(at);
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
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

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
