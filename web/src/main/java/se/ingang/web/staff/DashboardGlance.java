package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.boundary.CasesNeedingAction;
import se.ingang.reports.boundary.KpiTargets;
import se.ingang.reports.boundary.Reports;
import se.ingang.reports.control.Glance;
import se.ingang.reports.control.GlanceFigure;

/**
 * The dashboard's first screen (/staff/dashboard.xhtml, above the tables): the tiles of the chosen
 * period against the period before, a year before and the managers' targets (the state said in words
 * and by a sign, the colour only repeats it); the cases breaching and at risk in the next hours; the
 * oldest open cases; the targets form. Uses DashboardScreen's period, filters and figures, which has
 * checked access (managers and administrators).
 */
@Named
@RequestScoped
public class DashboardGlance {

    /** The look-ahead choices for "at risk", in hours. */
    static final List<Integer> HOURS = List.of(1, 2, 4, 8, 24, 48, 72);
    private static final int OLDEST = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ApplicationClock.ZONE);

    @Inject
    DashboardScreen screen;

    @Inject
    Reports reports;

    @Inject
    CasesNeedingAction action;

    @Inject
    KpiTargets targets;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ApplicationClock clock;

    private String hours;
    private String targetsSaved;
    private String targetError;

    private Glance glance;
    private CasesNeedingAction.AtRisk atRisk;
    private List<CasesNeedingAction.OpenCase> oldest;

    /** One tile as shown: every text from the bundles; {@code state} names the CSS class (met, missed, none). */
    public record TileView(String id, String label, String value, String previous, String lastYear, String status,
                           String state, String sign) {
    }

    /** One row of the breaching / at-risk list. */
    public record DueRow(String number, String subject, String channel, String group, String kind, String due, String state) {
    }

    public record OpenRow(String number, String subject, String channel, String status, String group, String received,
                          String age) {
    }

    /** One input of the targets form, in the unit a person reads (per cent, hours, cases, score). */
    public record TargetInput(String id, String name, String label, String value, String unit, String help) {
    }

    private boolean ready() {
        if (screen.kpis() == null) {
            return false;
        }
        if (glance == null) {
            glance = reports.glance(screen.getResolved(), screen.filter(), screen.kpis());
            atRisk = action.atRisk(screen.filter(), hoursAhead());
            oldest = action.oldest(screen.filter(), OLDEST);
        }
        return true;
    }

    public List<TileView> getTiles() {
        if (!ready()) {
            return List.of();
        }
        var views = new ArrayList<TileView>();
        for (var tile : glance.tiles()) {
            var figure = GlanceFigure.byId(tile.kpi()).orElseThrow();
            String id = tile.kpi().replace('.', '-');
            String previous = figure.comparable()
                    ? Texts.text("glance.previous", change(figure, tile.changeFromPrevious(), tile.previous()))
                    : Texts.text("glance.now");
            String lastYear = figure.comparable()
                    ? Texts.text("glance.lastYear", change(figure, tile.changeFromLastYear(), tile.lastYear())) : "";
            String target = tile.target() == null ? "" : format(figure, tile.target());
            String status = switch (tile.status()) {
                case MET -> Texts.text("glance.status.met", target);
                case MISSED -> Texts.text(figure.higherIsBetter() ? "glance.status.below" : "glance.status.above", target);
                case NO_TARGET -> Texts.text("glance.status.noTarget");
                case NO_VALUE -> Texts.text("glance.status.noValue", target);
            };
            String state = switch (tile.status()) {
                case MET -> "met";
                case MISSED -> "missed";
                default -> "none";
            };
            String sign = switch (tile.status()) {
                case MET -> "✓";
                case MISSED -> "!";
                default -> "–";
            };
            views.add(new TileView(id, Texts.text("glance.kpi." + tile.kpi()), tile.value() == null ? "–"
                    : format(figure, tile.value()), previous, lastYear, status, state, sign));
        }
        return views;
    }

    public String getPreviousPeriod() {
        return ready() ? glance.previous().from() + " – " + glance.previous().to() : "";
    }

    public String getLastYearPeriod() {
        return ready() ? glance.lastYear().from() + " – " + glance.lastYear().to() : "";
    }

    public List<DueRow> getBreaching() {
        return ready() ? rows(atRisk.breaching(), "late") : List.of();
    }

    public long getBreachingTotal() {
        return ready() ? atRisk.breaching().total() : 0;
    }

    public List<DueRow> getAtRisk() {
        return ready() ? rows(atRisk.atRisk(), "soon") : List.of();
    }

    public long getAtRiskTotal() {
        return ready() ? atRisk.atRisk().total() : 0;
    }

    public List<OpenRow> getOldest() {
        if (!ready()) {
            return List.of();
        }
        Instant now = clock.now();
        return oldest.stream().map(c -> new OpenRow(c.number(), c.subject(), Texts.text("channel." + c.channel()),
                Texts.text("status." + c.status()), c.queueName(), WHEN.format(c.receivedAt()),
                Texts.text("glance.days", Duration.between(c.receivedAt(), now).toDays()))).toList();
    }

    private List<DueRow> rows(CasesNeedingAction.DueList list, String state) {
        return list.cases().stream().map(c -> new DueRow(c.number(), c.subject(), Texts.text("channel." + c.channel()),
                c.queueName(), Texts.text("deadlineKind." + c.kind()), WHEN.format(c.dueAt()),
                Texts.text("glance.state." + state))).toList();
    }

    public List<TargetInput> getTargetInputs() {
        var set = targets.all();
        var inputs = new ArrayList<TargetInput>();
        for (var figure : GlanceFigure.values()) {
            Double target = set.get(figure.id());
            String id = figure.id().replace('.', '-');
            inputs.add(new TargetInput("target-" + id, "target-" + figure.id(), Texts.text("glance.kpi." + figure.id()),
                    target == null ? "" : shown(figure, target), Texts.text("glance.unit." + figure.unit()),
                    Texts.text("glance.range." + figure.unit())));
        }
        return inputs;
    }

    /**
     * Saves the targets form: an empty field removes the target. Each value is read in the unit the
     * form shows (per cent, hours) and checked by the figure's rules; the first refusal names the
     * figure on the page again and nothing is saved.
     */
    public void saveTargets() throws IOException {
        access.requireReadsEverything(user.getName());
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        var parsed = new java.util.LinkedHashMap<GlanceFigure, Double>();
        for (var figure : GlanceFigure.values()) {
            String raw = params.getOrDefault("target-" + figure.id(), "").strip().replace(',', '.').replace("%", "").strip();
            try {
                Double value = raw.isEmpty() ? null : stored(figure, Double.parseDouble(raw));
                if (value != null) {
                    figure.checkTarget(value);
                }
                parsed.put(figure, value);
            } catch (NumberFormatException | InvalidInputException e) {
                screen.backToDashboardFrom(params, "targetError", figure.id());
                return;
            }
        }
        parsed.forEach((figure, value) -> {
            if (value == null) {
                targets.clear(figure.id());
            } else {
                targets.set(figure.id(), value, user.getName());
            }
        });
        screen.backToDashboardFrom(params, "targets", "saved");
    }

    public String getTargetErrorText() {
        var figure = targetError == null ? null : GlanceFigure.byId(targetError).orElse(null);
        return figure == null ? null : Texts.text("glance.targetError", Texts.text("glance.kpi." + figure.id()),
                Texts.text("glance.range." + figure.unit()));
    }

    /** A value as the tile shows it. */
    private static String format(GlanceFigure figure, double value) {
        return switch (figure.unit()) {
            case SHARE -> String.format(locale(), "%.1f %%", value * 100);
            case SECONDS -> DashboardScreen.hours(Math.round(value));
            case COUNT -> String.valueOf(Math.round(value));
            case SCORE -> String.format(locale(), "%.2f", value);
        };
    }

    /** The change against another period, signed, in the figure's unit (percentage points for shares). */
    private static String change(GlanceFigure figure, Double change, Double other) {
        if (change == null) {
            return Texts.text(other == null ? "glance.noComparison" : "glance.noValue");
        }
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        double size = Math.abs(change);
        String amount = switch (figure.unit()) {
            case SHARE -> Texts.text("glance.points", String.format(locale(), "%.1f", size * 100));
            case SECONDS -> DashboardScreen.hours(Math.round(size));
            case COUNT -> String.valueOf(Math.round(size));
            case SCORE -> String.format(locale(), "%.2f", size);
        };
        return sign + amount + " (" + format(figure, other) + ")";
    }

    /** A target in the form's unit: per cent for shares, hours for durations. */
    private static String shown(GlanceFigure figure, double target) {
        double value = switch (figure.unit()) {
            case SHARE -> target * 100;
            case SECONDS -> target / 3600;
            default -> target;
        };
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0+$", "");
    }

    private static double stored(GlanceFigure figure, double typed) {
        return switch (figure.unit()) {
            case SHARE -> typed / 100;
            case SECONDS -> Math.round(typed * 3600);
            default -> typed;
        };
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Integer> getHourChoices() {
        return HOURS;
    }

    /** The look-ahead asked for, if it is one of the choices; otherwise 4 hours. */
    public int hoursAhead() {
        try {
            int h = Integer.parseInt(hours == null ? "" : hours.strip());
            return HOURS.contains(h) ? h : 4;
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getComparedText() {
        return ready() ? Texts.text("glance.compared", getPreviousPeriod(), getLastYearPeriod()) : "";
    }

    public String getBreachingHeading() {
        return Texts.text("glance.breaching", getBreachingTotal());
    }

    public String getAtRiskHeading() {
        return Texts.text("glance.atRisk", hoursAhead(), getAtRiskTotal());
    }

    public String getTargetsSaved() {
        return targetsSaved;
    }

    public void setTargetsSaved(String targetsSaved) {
        this.targetsSaved = targetsSaved;
    }

    public String getTargetError() {
        return targetError;
    }

    public void setTargetError(String targetError) {
        this.targetError = targetError;
    }
}
