package se.ingang.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.reports.boundary.CasesNeedingAction;
import se.ingang.reports.boundary.DrillDown;
import se.ingang.reports.boundary.FigureRefresher;
import se.ingang.reports.boundary.KpiTargets;
import se.ingang.reports.control.Glance;
import se.ingang.reports.boundary.ReportSubscriptions;
import se.ingang.reports.boundary.Reports;
import se.ingang.reports.control.KpiRows;
import se.ingang.reports.control.Kpis;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.control.ReportPeriod;
import se.ingang.reports.control.ReportTable;

/**
 * The managers' figures (managers and administrators only, 403 for everyone else). Every endpoint
 * takes the period ({@code from}, {@code to}: days, both included, Europe/Stockholm; or
 * {@code period=today|week|month|term|last-week}) and the filters {@code frontOffice}, {@code group},
 * {@code channel}, {@code caseType}, {@code customerGroup}. CSV: {@code Accept: text/csv} or the
 * {@code .csv} path. Definitions of every figure: README, "Dashboards and KPIs".
 */
@Path("reports")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

    public static final String TEXT_CSV = "text/csv";
    /** A drill-down lists at most this many case numbers; total counts them all. */
    /** A CSV of case numbers holds at most this many (a year's cases are a report job, not a download). */
    public static final int MAX_CSV_CASES = 100_000;

    @Inject
    Reports reports;

    @Inject
    FigureRefresher refresher;

    @Inject
    ReportSubscriptions subscriptions;

    @Inject
    KpiTargets targets;

    @Inject
    CasesNeedingAction action;

    @Inject
    DrillDown drillDown;

    @Inject
    ReadTrail reads;

    @Inject
    CaseAccess access;

    @Inject
    ApplicationClock clock;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Path("kpis")
    public Kpis kpis() {
        requireManager();
        return reports.kpis(period(), filter());
    }

    @GET
    @Path("kpis")
    @Produces(TEXT_CSV)
    public Response kpisCsv() {
        requireManager();
        var period = period();
        return csv(KpiRows.of(reports.kpis(period, filter())), period);
    }

    @GET
    @Path("kpis.csv")
    @Produces(TEXT_CSV)
    public Response kpisCsvPath() {
        return kpisCsv();
    }

    /** The at-a-glance tiles: each figure now, in the period before and a year before, against its target. */
    @GET
    @Path("glance")
    public Glance glance() {
        requireManager();
        return reports.glance(period(), filter());
    }

    /** The cohort per {@code grain} (day, week, month; by default by the period's length): cases by channel, SLA kept/breached. */
    @GET
    @Path("trend")
    public se.ingang.reports.control.Trend trend(@QueryParam("grain") String grain) {
        requireManager();
        var period = period();
        return reports.trend(period, filter(), se.ingang.reports.control.Trend.Grain.of(grain, period));
    }

    /** The period's figures per front office and per back-office group (the other filters apply). */
    @GET
    @Path("comparison")
    public se.ingang.reports.control.Comparison comparison() {
        requireManager();
        return reports.compare(period(), filter());
    }

    @GET
    @Path("targets")
    public List<TargetView> targets() {
        requireManager();
        return TargetView.all(targets.all());
    }

    @PUT
    @Path("targets/{kpi}")
    public TargetView setTarget(@PathParam("kpi") String kpi, @NotNull TargetRequest body) {
        requireManager();
        double target = targets.set(kpi, body.target(), Caller.name(security));
        return TargetView.of(se.ingang.reports.control.GlanceFigure.byId(kpi.strip()).orElseThrow(), target);
    }

    @DELETE
    @Path("targets/{kpi}")
    public Response clearTarget(@PathParam("kpi") String kpi) {
        requireManager();
        return targets.clear(kpi) ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
    }

    /** Open cases whose targets are breached now or fall due within {@code hours} (default 4), and their counts. */
    @GET
    @Path("at-risk")
    public CasesNeedingAction.AtRisk atRisk(@QueryParam("hours") String hours) {
        requireManager();
        return action.atRisk(filter(), whole("hours", hours, 4));
    }

    /** The open cases that have waited longest (default 20, at most 100). */
    @GET
    @Path("oldest")
    public List<CasesNeedingAction.OpenCase> oldest(@QueryParam("limit") String limit) {
        requireManager();
        int n = whole("limit", limit, 20);
        if (n < 1 || n > CasesNeedingAction.LISTED) {
            throw new InvalidInputException("limit", "from 1 to " + CasesNeedingAction.LISTED);
        }
        return action.oldest(filter(), n);
    }

    private static int whole(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "a whole number");
        }
    }

    @GET
    @Path("tables")
    public List<String> tables() {
        requireManager();
        return se.ingang.reports.control.KpiCalculator.TABLES;
    }

    @GET
    @Path("tables/{table}")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    public Response table(@PathParam("table") String table, @Context jakarta.ws.rs.core.HttpHeaders headers) {
        requireManager();
        boolean asCsv = table.endsWith(".csv") || wantsCsv(headers);
        String name = table.endsWith(".csv") ? table.substring(0, table.length() - 4) : table;
        if (!se.ingang.reports.control.KpiCalculator.TABLES.contains(name)) {
            throw new NotFoundException("Report table", name);
        }
        var period = period();
        var result = reports.table(name, period, filter());
        return asCsv ? csv(result, period) : Response.ok(ReportTableView.of(result), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("cases")
    public CaseListView cases(@QueryParam("kpi") String kpi, @QueryParam("key") String key, @QueryParam("bucket") String bucket) {
        requireManager();
        ReportParameters.requireNotBlank("kpi", kpi);
        var list = reports.cases(kpi, key, bucket, period(), filter(), Reports.LISTED_CASES);
        return new CaseListView(kpi, blankToNull(key), blankToNull(bucket), list.total(), list.numbers());
    }

    @GET
    @Path("cases")
    @Produces(TEXT_CSV)
    public Response casesCsv(@QueryParam("kpi") String kpi, @QueryParam("key") String key, @QueryParam("bucket") String bucket) {
        requireManager();
        ReportParameters.requireNotBlank("kpi", kpi);
        var period = period();
        var numbers = reports.cases(kpi, key, bucket, period, filter(), MAX_CSV_CASES).numbers();
        var rows = new ArrayList<List<Object>>();
        numbers.forEach(n -> rows.add(Arrays.asList(n)));
        return csv(new ReportTable("cases-" + kpi, List.of("caseNumber"), rows), period);
    }

    @GET
    @Path("cases.csv")
    @Produces(TEXT_CSV)
    public Response casesCsvPath(@QueryParam("kpi") String kpi, @QueryParam("key") String key, @QueryParam("bucket") String bucket) {
        return casesCsv(kpi, key, bucket);
    }

    /**
     * The cases behind a figure as a table (number, subject, channel, queue, received, first response,
     * resolved, SLA outcome, owner), sorted ({@code sort}, {@code dir=asc|desc}) and paged ({@code page}
     * from 1, {@code size} up to 100) over the first {@value Reports#LISTED_CASES}; {@code total} counts all.
     */
    @GET
    @Path("drilldown")
    public DrillDown.Page drillDown(@QueryParam("kpi") String kpi, @QueryParam("key") String key,
                                    @QueryParam("bucket") String bucket, @QueryParam("sort") String sort,
                                    @QueryParam("dir") String dir, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        requireManager();
        ReportParameters.requireNotBlank("kpi", kpi);
        if (dir != null && !dir.isBlank() && !List.of("asc", "desc").contains(dir.strip())) {
            throw new InvalidInputException("dir", "asc or desc");
        }
        return drillDown.page(kpi, key, bucket, period(), filter(), DrillDown.Column.parse(sort),
                "desc".equals(dir == null ? null : dir.strip()), whole("page", page, 1), whole("size", size, 25));
    }

    /** All the cases behind a figure with those columns (case-number order); subjects and owners: a read on the trail. */
    @GET
    @Path("drilldown.csv")
    @Produces(TEXT_CSV)
    public Response drillDownCsv(@QueryParam("kpi") String kpi, @QueryParam("key") String key,
                                 @QueryParam("bucket") String bucket) {
        requireManager();
        ReportParameters.requireNotBlank("kpi", kpi);
        var period = period();
        var rows = drillDown.all(kpi, key, bucket, period, filter());
        String name = "cases-" + kpi.strip() + (key == null || key.isBlank() ? "" : "-" + key.strip());
        reads.reportExported(name + " " + period.from() + ".." + period.to(), rows.size(), Caller.name(security),
                ReadChannel.API);
        return csv(DrillDownCsv.of(name.replaceAll("[^A-Za-z0-9._-]", "_"), rows), period);
    }

    /**
     * Brings the per-case figures up to date now (as every read does, up to a limit) and says how
     * many cases are still pending (after an upgrade or a bulk load they are worked out in the background).
     */
    @POST
    @Path("rebuild")
    public Map<String, Object> rebuild() {
        access.requireConfiguration(Caller.name(security));
        return Map.of("pendingCases", refresher.catchUp());
    }

    @GET
    @Path("subscription")
    public SubscriptionView subscription() {
        requireManager();
        return subscriptions.of(Caller.name(security)).map(SubscriptionView::of)
                .orElseThrow(() -> new NotFoundException("Report subscription", Caller.name(security)));
    }

    @PUT
    @Path("subscription")
    public SubscriptionView subscribe(@Valid @NotNull SubscriptionRequest body) {
        requireManager();
        var filter = ReportParameters.filter(body.frontOffice(), body.group(), body.channel(), body.caseType(),
                body.customerGroup());
        return SubscriptionView.of(subscriptions.subscribe(Caller.name(security), body.email(),
                body.language() == null ? "sv" : body.language(), filter));
    }

    @DELETE
    @Path("subscription")
    public Response unsubscribe() {
        requireManager();
        return subscriptions.unsubscribe(Caller.name(security)) ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    private void requireManager() {
        access.requireReadsEverything(Caller.name(security));
    }

    private ReportPeriod period() {
        var q = uri.getQueryParameters();
        return ReportParameters.period(q.getFirst("from"), q.getFirst("to"), q.getFirst("period"),
                clock.localNow().toLocalDate());
    }

    private ReportFilter filter() {
        var q = uri.getQueryParameters();
        return ReportParameters.filter(q.getFirst("frontOffice"), q.getFirst("group"), q.getFirst("channel"),
                q.getFirst("caseType"), q.getFirst("customerGroup"));
    }

    private static boolean wantsCsv(jakarta.ws.rs.core.HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> TEXT_CSV.equals(m.getType() + "/" + m.getSubtype())).orElse(false);
    }

    private static Response csv(ReportTable table, ReportPeriod period) {
        return Response.ok(table.toCsv(), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + table.name() + "-" + period.from() + "-"
                        + period.to() + ".csv\"").build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
