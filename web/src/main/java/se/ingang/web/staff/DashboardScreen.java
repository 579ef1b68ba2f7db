package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.Queue;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.boundary.ReportSubscriptions;
import se.ingang.reports.boundary.Reports;
import se.ingang.reports.control.KpiCalculator;
import se.ingang.reports.control.Kpis;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.control.ReportPeriod;
import se.ingang.reports.control.ReportTable;

/**
 * The managers' dashboard (/staff/dashboard.xhtml): period and filters as GET parameters (so a
 * view can be bookmarked and sent on), the headline figures with a one-line definition each,
 * every table (a bar for the eye, the table for the data), and — with {@code kpi} — the cases
 * behind a figure. Every number links to its cases; every table has a CSV link to the API.
 * Managers and administrators only (403 otherwise), as the API.
 */
@Named
@RequestScoped
public class DashboardScreen {

    static final List<String> PERIODS = List.of("today", "week", "month", "term", "custom");

    /** Which figure a table's cell drills down to, by table and column; the row key is the key. */
    private static final Map<String, Map<String, String>> DRILL = Map.ofEntries(
            Map.entry("response", Map.of("channel", "channel", "received", "channel", "answered", "answered",
                    "answeredInTarget", "answeredInTarget", "resolved", "resolved")),
            Map.entry("phone", Map.of("callbacksOwed", "callbacks", "calledBackInTime", "calledBackInTime",
                    "calledBackLate", "calledBackLate", "notCalledBack", "notCalledBack")),
            Map.entry("sla", Map.of("kept", "slaKept", "breached", "slaBreached", "open", "slaOpen")),
            Map.entry("volume-channel", Map.of("channel", "channel", "cases", "channel")),
            Map.entry("volume-type", Map.of("caseType", "caseType", "cases", "caseType")),
            Map.entry("volume-topic", Map.of("topic", "topic", "cases", "topic")),
            Map.entry("volume-customer-group", Map.of("customerGroup", "customerGroup", "cases", "customerGroup")),
            Map.entry("volume-time", Map.of("day", "time", "week", "time", "cases", "time")),
            Map.entry("backlog", Map.of("queue", "backlog", "age0to1", "backlog", "age2to5", "backlog",
                    "age6to10", "backlog", "ageOver10", "backlog", "total", "backlog")),
            Map.entry("legs", Map.of("leg", "leg", "legs", "leg", "cases", "leg")),
            Map.entry("satisfaction", Map.of("score", "satisfaction", "answers", "satisfaction")));
    private static final Map<String, String> BUCKETS = Map.of("age0to1", "0-1", "age2to5", "2-5", "age6to10", "6-10",
            "ageOver10", "11+");
    /** Tables whose counts get a bar beside them (the table still carries the number). */
    private static final Map<String, String> BARS = Map.of("volume-channel", "cases", "volume-type", "cases",
            "volume-topic", "cases", "volume-customer-group", "cases", "volume-time", "cases", "backlog", "total",
            "satisfaction", "answers");

    @Inject
    Reports reports;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Organisation organisation;

    @Inject
    ApplicationClock clock;

    @Inject
    ReportSubscriptions subscriptions;

    @Inject
    Language language;

    private String period = "month";
    private boolean periodGiven;
    private String from;
    private String to;
    private String frontOffice;
    private String group;
    private String channel;
    private String caseType;
    private String customerGroup;
    private String kpi;
    private String key;
    private String bucket;
    private String subscribed;

    private ReportPeriod resolved;
    private ReportFilter filter;
    private KpiCalculator calculator;
    private Kpis kpis;
    private String error;
    private List<String> drillCases;
    private long drillTotal;

    /** One headline figure: its value as shown, the link to its cases (or null), its definition. */
    public record Headline(String id, String label, String value, String href, String definition) {
    }

    /** One cell of a table: text, a link to its cases or null, a bar width 0..100 or null. */
    public record Cell(String text, String href, Integer bar) {
    }

    public record Table(String name, String caption, String help, List<String> columns, List<List<Cell>> rows, String csv) {
    }

    public void open() throws IOException {
        if (!AccessPolicy.readsEverything(access.who(user.getName()))) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
            return;
        }
        try {
            var today = clock.localNow().toLocalDate();
            if ("custom".equals(period) || (!periodGiven && from != null && !from.isBlank())) {
                period = "custom";
                resolved = new ReportPeriod(date(from, "from"), date(to, "to"));
            } else {
                resolved = ReportPeriod.named(PERIODS.contains(period) ? period : "month", today);
            }
            filter = new ReportFilter(frontOffice, group, value(Channel.class, channel), value(CaseType.class, caseType),
                    value(CustomerGroup.class, customerGroup));
            calculator = reports.calculator(resolved, filter);
            kpis = calculator.kpis();
            getDrillCases(); // now, so an unknown figure is reported at the top of the page
        } catch (InvalidInputException e) {
            error = Texts.text("dash.error", e.getMessage());
            resolved = resolved == null ? ReportPeriod.named("month", clock.localNow().toLocalDate()) : resolved;
        }
        if (from == null || from.isBlank()) {
            from = resolved.from().toString();
            to = resolved.to().toString();
        }
    }

    public List<Headline> getHeadlines() {
        if (kpis == null) {
            return List.of();
        }
        var k = kpis;
        var list = new ArrayList<Headline>();
        list.add(headline("received", String.valueOf(k.received()), "received"));
        list.add(headline("emailAndWeb.answeredShare", share(k.emailAndWeb().answeredShare(), k.emailAndWeb().answered(),
                k.emailAndWeb().received()), "answered"));
        list.add(headline("emailAndWeb.answeredInTargetShare", share(k.emailAndWeb().answeredInTargetShare(),
                k.emailAndWeb().answeredInTarget(), k.emailAndWeb().received()), "answeredInTarget"));
        list.add(headline("phone.answerRate", share(k.phone().answerRate(), k.phone().answered(), k.phone().offered()), null));
        list.add(headline("phone.missed", String.valueOf(k.phone().missed()), null));
        list.add(headline("phone.calledBackInTime", share(k.phone().calledBackInTimeShare(), k.phone().calledBackInTime(),
                k.phone().callbacksOwed()), "calledBackInTime"));
        list.add(headline("phone.calledBackLate", String.valueOf(k.phone().calledBackLate()), "calledBackLate"));
        list.add(headline("phone.notCalledBack", String.valueOf(k.phone().notCalledBack()), "notCalledBack"));
        list.add(headline("firstResponse.median", hours(k.firstResponse().medianBusinessSeconds()) + " / "
                + hours(k.firstResponse().medianSeconds()), "firstResponse"));
        list.add(headline("firstResponse.p90", hours(k.firstResponse().p90BusinessSeconds()) + " / "
                + hours(k.firstResponse().p90Seconds()), "firstResponse"));
        list.add(headline("resolution.median", hours(k.resolution().medianBusinessSeconds()) + " / "
                + hours(k.resolution().medianSeconds()), "resolved"));
        list.add(headline("resolution.p90", hours(k.resolution().p90BusinessSeconds()) + " / "
                + hours(k.resolution().p90Seconds()), "resolved"));
        list.add(headline("sla.compliance", share(k.sla().compliance(), k.sla().kept(), k.sla().kept() + k.sla().breached()),
                "slaKept"));
        list.add(headline("sla.breached", String.valueOf(k.sla().breached()), "slaBreached"));
        list.add(headline("promises.compliance", share(k.promises().compliance(), k.promises().kept(),
                k.promises().kept() + k.promises().breached()), "promisesKept"));
        list.add(headline("promises.breached", String.valueOf(k.promises().breached()), "promisesBroken"));
        list.add(headline("firstContactResolution.share", share(k.firstContactResolution().share(),
                k.firstContactResolution().atFirstContact(), k.firstContactResolution().resolved()), "fcr"));
        list.add(headline("backlog", String.valueOf(k.backlog()), "backlog"));
        list.add(headline("bounces.bouncedShare", share(k.bounces().bouncedShare(), k.bounces().bouncedCases(),
                k.bounces().routedCases()) + " · " + Texts.text("dash.transfersReturns", k.bounces().transfers(),
                k.bounces().returns()), "bounced"));
        list.add(headline("satisfaction.average", (k.satisfaction().average() == null ? "–"
                : String.format(locale(), "%.2f", k.satisfaction().average())) + " (" + k.satisfaction().count() + ")",
                "satisfaction"));
        return list;
    }

    public List<Table> getTables() {
        if (calculator == null) {
            return List.of();
        }
        var tables = new ArrayList<Table>();
        for (String name : KpiCalculator.TABLES) {
            tables.add(view(calculator.table(name)));
        }
        return tables;
    }

    private Table view(ReportTable t) {
        var drill = DRILL.getOrDefault(t.name(), Map.of());
        String barColumn = BARS.get(t.name());
        int barIndex = barColumn == null ? -1 : t.columns().indexOf(barColumn);
        long max = 1;
        if (barIndex >= 0) {
            for (var row : t.rows()) {
                max = Math.max(max, ((Number) row.get(barIndex)).longValue());
            }
        }
        var rows = new ArrayList<List<Cell>>();
        for (var row : t.rows()) {
            String rowKey = String.valueOf(row.get(0));
            var cells = new ArrayList<Cell>();
            for (int i = 0; i < row.size(); i++) {
                String column = t.columns().get(i);
                Object value = row.get(i);
                String drillKpi = drill.get(column);
                String href = drillKpi == null || isZero(value) ? null
                        : link(drillKpi, rowKey, "backlog".equals(t.name()) ? BUCKETS.get(column) : null);
                Integer bar = i == barIndex ? (int) Math.round(((Number) value).longValue() * 100.0 / max) : null;
                cells.add(new Cell(format(column, value), href, bar));
            }
            rows.add(cells);
        }
        var columns = t.columns().stream().map(c -> Texts.text("dash.col." + c)).toList();
        return new Table(t.name(), Texts.text("dash.table." + t.name()), Texts.text("dash.table." + t.name() + ".help"),
                columns, rows, apiLink("tables/" + t.name() + ".csv", Map.of()));
    }

    /** The cases behind the chosen figure (with ?kpi=). */
    public List<String> getDrillCases() {
        if (drillCases == null) {
            drillCases = List.of();
            if (isDrilling()) {
                try {
                    var list = reports.cases(kpi, key, bucket, resolved, filter, Reports.LISTED_CASES);
                    drillCases = list.numbers();
                    drillTotal = list.total();
                } catch (InvalidInputException e) {
                    error = Texts.text("dash.error", e.getMessage());
                }
            }
        }
        return drillCases;
    }

    /** How many cases are behind the figure (the page lists the first {@value Reports#LISTED_CASES}). */
    public long getDrillTotal() {
        getDrillCases();
        return drillTotal;
    }

    public boolean isDrilling() {
        return kpi != null && !kpi.isBlank() && calculator != null;
    }

    public String getDrillTitle() {
        String label = Texts.text("dash.drill." + kpi);
        return label + (key == null || key.isBlank() ? "" : " – " + key) + (bucket == null || bucket.isBlank() ? ""
                : " – " + Texts.text("dash.bucket", bucket));
    }

    public String getDrillCsv() {
        var extra = new LinkedHashMap<String, String>();
        extra.put("kpi", kpi);
        extra.put("key", key);
        extra.put("bucket", bucket);
        return apiLink("cases.csv", extra);
    }

    public String getKpisCsv() {
        return apiLink("kpis.csv", Map.of());
    }

    private Headline headline(String id, String value, String drillKpi) {
        return new Headline(id.replace('.', '-'), Texts.text("dash.kpi." + id), value,
                drillKpi == null ? null : link(drillKpi, null, null), Texts.text("dash.def." + id));
    }

    /** This page with the same drill-down, sorted and paged as asked. */
    String drillLink(String sort, String dir, int page, String size) {
        String base = link(kpi, key, bucket);
        var params = new LinkedHashMap<String, String>();
        params.put("sort", sort);
        params.put("dir", dir);
        params.put("page", String.valueOf(page));
        params.put("size", size);
        return base.substring(0, base.length() - "#drill".length()) + "&" + query(params) + "#drill";
    }

    /** This page with the trends per day, week or month. */
    String trendLink(String grain) {
        var params = filterParams();
        params.put("grain", grain);
        return contextPath() + "/staff/dashboard.xhtml?" + query(params) + "#trend";
    }

    /** This page with the comparison of front offices and groups shown, sorted as asked. */
    String compareLink(String sort, String dir) {
        var params = filterParams();
        params.put("compare", "1");
        params.put("csort", sort);
        params.put("cdir", dir);
        return contextPath() + "/staff/dashboard.xhtml?" + query(params) + "#compare";
    }

    /** The drill-down's CSV with every column (case-number order). */
    public String getDrillTableCsv() {
        var extra = new LinkedHashMap<String, String>();
        extra.put("kpi", kpi);
        extra.put("key", key);
        extra.put("bucket", bucket);
        return apiLink("drilldown.csv", extra);
    }

    ReportPeriod resolved() {
        return resolved;
    }

    /** This page with the same period and filters and the figure to drill into. */
    private String link(String drillKpi, String rowKey, String drillBucket) {
        var params = filterParams();
        params.put("kpi", drillKpi);
        params.put("key", rowKey);
        params.put("bucket", drillBucket);
        return contextPath() + "/staff/dashboard.xhtml?" + query(params) + "#drill";
    }

    private String apiLink(String path, Map<String, String> extra) {
        var params = new LinkedHashMap<String, String>();
        params.put("from", resolved.from().toString());
        params.put("to", resolved.to().toString());
        params.putAll(filterParams());
        params.remove("period");
        params.putAll(extra);
        return contextPath() + "/api/reports/" + path + "?" + query(params);
    }

    private LinkedHashMap<String, String> filterParams() {
        var params = new LinkedHashMap<String, String>();
        params.put("period", period);
        if ("custom".equals(period)) {
            params.put("from", resolved.from().toString());
            params.put("to", resolved.to().toString());
        }
        params.put("frontOffice", frontOffice);
        params.put("group", group);
        params.put("channel", channel);
        params.put("caseType", caseType);
        params.put("customerGroup", customerGroup);
        return params;
    }

    private static String query(Map<String, String> params) {
        var parts = new ArrayList<String>();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    private String format(String column, Object value) {
        if (value == null) {
            return "–";
        }
        if (column.endsWith("Seconds")) {
            return hours(((Number) value).longValue());
        }
        if (column.endsWith("Share") || column.equals("compliance") || column.equals("answerRate")) {
            return String.format(locale(), "%.1f %%", ((Number) value).doubleValue() * 100);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        String translated = Texts.text("dash.value." + text);
        return translated.equals("dash.value." + text) ? text : translated;
    }

    private String share(Double share, long part, long whole) {
        return (share == null ? "–" : String.format(locale(), "%.1f %%", share * 100)) + " (" + part + " / " + whole + ")";
    }

    /** Hours and minutes, e.g. 2:05 h. */
    static String hours(Long seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%d:%02d h", seconds / 3600, seconds % 3600 / 60);
    }

    private static boolean isZero(Object value) {
        return value instanceof Number n && n.doubleValue() == 0;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "a date such as 2026-11-30");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(type.getSimpleName(), "unknown value " + value);
        }
    }

    /** The weekly report mail the viewer gets now: the address, or null when they have none. */
    public String getSubscriptionAddress() {
        return subscriptions.of(user.getName()).map(s -> s.getEmail()).orElse(null);
    }

    /** Subscribes (or changes) the viewer's weekly mail to the filters shown (sent as hidden fields), then shows them again. */
    public void subscribe() throws IOException {
        access.requireReadsEverything(user.getName());
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        readFilters(params);
        try {
            subscriptions.subscribe(user.getName(), null, language.getCode(), new ReportFilter(frontOffice, group,
                    value(Channel.class, channel), value(CaseType.class, caseType), value(CustomerGroup.class, customerGroup)));
            backToDashboard("subscribed");
        } catch (InvalidInputException e) {
            backToDashboard("failed");
        }
    }

    public void unsubscribe() throws IOException {
        access.requireReadsEverything(user.getName());
        readFilters(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        subscriptions.unsubscribe(user.getName());
        backToDashboard("stopped");
    }

    private void readFilters(Map<String, String> params) {
        period = params.getOrDefault("s-period", "month");
        from = params.get("s-from");
        to = params.get("s-to");
        frontOffice = params.get("s-frontOffice");
        group = params.get("s-group");
        channel = params.get("s-channel");
        caseType = params.get("s-caseType");
        customerGroup = params.get("s-customerGroup");
    }

    /** Post/redirect/get: the page is shown again by GET with the same period and filters. */
    private void backToDashboard(String outcome) throws IOException {
        backToDashboard("subscribed", outcome);
    }

    /** The same, for another form on the page (its filters sent as the hidden s-* fields), with one parameter of its own. */
    void backToDashboardFrom(Map<String, String> params, String name, String value) throws IOException {
        readFilters(params);
        backToDashboard(name, value);
    }

    private void backToDashboard(String name, String outcome) throws IOException {
        var params = new LinkedHashMap<String, String>();
        params.put("period", period);
        if ("custom".equals(period)) {
            params.put("from", from);
            params.put("to", to);
        }
        params.put("frontOffice", frontOffice);
        params.put("group", group);
        params.put("channel", channel);
        params.put("caseType", caseType);
        params.put("customerGroup", customerGroup);
        params.put(name, outcome);
        FacesContext.getCurrentInstance().getExternalContext().redirect(contextPath() + "/staff/dashboard.xhtml?" + query(params));
    }

    public String getSubscribed() {
        return subscribed;
    }

    public void setSubscribed(String subscribed) {
        this.subscribed = subscribed;
    }

    public List<String> getPeriods() {
        return PERIODS;
    }

    public List<Queue> getFrontOffices() {
        return organisation.queues().stream().filter(q -> !q.isBackOffice()).toList();
    }

    public List<Queue> getGroups() {
        return organisation.queues().stream().filter(Queue::isBackOffice).toList();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CaseType[] getCaseTypes() {
        return CaseType.values();
    }

    public CustomerGroup[] getCustomerGroups() {
        return CustomerGroup.values();
    }

    /** The period's headline figures (null when the selection was refused). */
    Kpis kpis() {
        return kpis;
    }

    ReportFilter filter() {
        return filter;
    }

    public ReportPeriod getResolved() {
        return resolved;
    }

    /** Cases whose figures are still being worked out (after an upgrade): not counted yet. */
    public long getPendingCases() {
        return kpis == null ? 0 : kpis.pendingCases();
    }

    public String getError() {
        return error;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.periodGiven = period != null && !period.isBlank();
        this.period = periodGiven ? period : "month";
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getFrontOffice() {
        return frontOffice;
    }

    public void setFrontOffice(String frontOffice) {
        this.frontOffice = frontOffice;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getCaseType() {
        return caseType;
    }

    public void setCaseType(String caseType) {
        this.caseType = caseType;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }
}
