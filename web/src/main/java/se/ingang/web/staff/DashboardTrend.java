package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.ingang.cases.entity.Channel;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.boundary.Reports;
import se.ingang.reports.control.Trend;

/**
 * The dashboard's trends: the period's cases per day, week or month by channel, and the customer's
 * targets kept and breached, as bar charts drawn on the server (SVG, no script), each with a sentence
 * saying what it shows and the same numbers as a table; series differ by fill pattern as well as
 * colour, and the legend names them. Uses DashboardScreen's period and filters (access checked there).
 */
@Named
@RequestScoped
public class DashboardTrend {

    /** The charts' drawing area (the SVG scales to the card's width). */
    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 10;

    @Inject
    DashboardScreen screen;

    @Inject
    Reports reports;

    private String grain;
    private Trend trend;
    private boolean refused;

    /** One segment of a bar: where it is drawn, its series (CSS class, pattern) and its text for a tooltip. */
    public record Bar(double x, double y, double width, double height, String series, String label) {
    }

    /** A label under the x axis or beside the y axis. */
    public record Tick(double x, double y, String text) {
    }

    /** One row of the table alternative. */
    public record Row(String bucket, List<Long> cases, long total, long kept, long breached) {
    }

    public record Legend(String series, String label) {
    }

    private Trend trend() {
        if (trend == null && !refused && screen.kpis() != null) {
            try {
                trend = reports.trend(screen.getResolved(), screen.filter(), Trend.Grain.of(grain, screen.getResolved()));
            } catch (InvalidInputException e) {
                refused = true;
                trend = reports.trend(screen.getResolved(), screen.filter(), Trend.Grain.of(null, screen.getResolved()));
            }
        }
        return trend;
    }

    public boolean isShown() {
        return trend() != null;
    }

    public String getGrainName() {
        return trend() == null ? "" : Texts.text("trend.grain." + trend().grain());
    }

    public List<String> getGrains() {
        return List.of("DAY", "WEEK", "MONTH");
    }

    public String grainLink(String g) {
        return screen.trendLink(g.toLowerCase(Locale.ROOT));
    }

    public boolean isCurrent(String g) {
        return trend() != null && trend().grain().name().equals(g);
    }

    public List<Legend> getChannelLegend() {
        return java.util.Arrays.stream(Channel.values()).map(c -> new Legend("ch-" + c, Texts.text("channel." + c))).toList();
    }

    public List<Legend> getSlaLegend() {
        return List.of(new Legend("sla-kept", Texts.text("trend.kept")), new Legend("sla-breached", Texts.text("trend.breached")));
    }

    public List<Bar> getVolumeBars() {
        var t = trend();
        if (t == null) {
            return List.of();
        }
        long max = Math.max(1, t.buckets().stream().mapToLong(Trend.Bucket::total).max().orElse(1));
        var bars = new ArrayList<Bar>();
        double step = step(t);
        for (int i = 0; i < t.buckets().size(); i++) {
            var b = t.buckets().get(i);
            double base = HEIGHT - BOTTOM;
            for (var c : Channel.values()) {
                long n = b.cases().get(c);
                if (n > 0) {
                    double h = n * (HEIGHT - BOTTOM - TOP) / (double) max;
                    base -= h;
                    bars.add(new Bar(round(barX(i, step)), round(base), round(barWidth(step)), round(h), "ch-" + c,
                            label(b) + ": " + Texts.text("channel." + c) + " " + n));
                }
            }
        }
        return bars;
    }

    public List<Bar> getSlaBars() {
        var t = trend();
        if (t == null) {
            return List.of();
        }
        long max = Math.max(1, t.buckets().stream().mapToLong(b -> b.slaKept() + b.slaBreached()).max().orElse(1));
        var bars = new ArrayList<Bar>();
        double step = step(t);
        for (int i = 0; i < t.buckets().size(); i++) {
            var b = t.buckets().get(i);
            double base = HEIGHT - BOTTOM;
            double hk = b.slaKept() * (HEIGHT - BOTTOM - TOP) / (double) max;
            if (b.slaKept() > 0) {
                base -= hk;
                bars.add(new Bar(round(barX(i, step)), round(base), round(barWidth(step)), round(hk), "sla-kept",
                        label(b) + ": " + Texts.text("trend.kept") + " " + b.slaKept()));
            }
            if (b.slaBreached() > 0) {
                double hb = b.slaBreached() * (HEIGHT - BOTTOM - TOP) / (double) max;
                base -= hb;
                bars.add(new Bar(round(barX(i, step)), round(base), round(barWidth(step)), round(hb),
                        "sla-breached", label(b) + ": " + Texts.text("trend.breached") + " " + b.slaBreached()));
            }
        }
        return bars;
    }

    /** Labels under the bars: all of them when few, else every n-th so they never overlap. */
    public List<Tick> getXTicks() {
        var t = trend();
        if (t == null) {
            return List.of();
        }
        double step = step(t);
        int every = Math.max(1, (int) Math.ceil(t.buckets().size() / 7.0));
        var ticks = new ArrayList<Tick>();
        for (int i = 0; i < t.buckets().size(); i += every) {
            ticks.add(new Tick(round(LEFT + i * step + step / 2), HEIGHT - BOTTOM + 18, shortLabel(t.buckets().get(i))));
        }
        return ticks;
    }

    public List<Tick> getVolumeYTicks() {
        var t = trend();
        return t == null ? List.of() : yTicks(t.buckets().stream().mapToLong(Trend.Bucket::total).max().orElse(0));
    }

    public List<Tick> getSlaYTicks() {
        var t = trend();
        return t == null ? List.of() : yTicks(t.buckets().stream().mapToLong(b -> b.slaKept() + b.slaBreached()).max().orElse(0));
    }

    private static List<Tick> yTicks(long max) {
        long top = Math.max(1, max);
        return List.of(new Tick(LEFT - 6, HEIGHT - BOTTOM + 4, "0"), new Tick(LEFT - 6, TOP + 4, String.valueOf(top)));
    }

    public String getVolumeSummary() {
        var t = trend();
        if (t == null) {
            return "";
        }
        long total = t.buckets().stream().mapToLong(Trend.Bucket::total).sum();
        var busiest = t.buckets().stream().max(java.util.Comparator.comparingLong(Trend.Bucket::total)).orElseThrow();
        var parts = new ArrayList<String>();
        for (var c : Channel.values()) {
            parts.add(Texts.text("channel." + c) + " " + t.buckets().stream().mapToLong(b -> b.cases().get(c)).sum());
        }
        return total == 0 ? Texts.text("trend.volume.none")
                : Texts.text("trend.volume.summary", total, String.join(", ", parts), label(busiest), busiest.total());
    }

    public String getSlaSummary() {
        var t = trend();
        if (t == null) {
            return "";
        }
        long kept = t.buckets().stream().mapToLong(Trend.Bucket::slaKept).sum();
        long breached = t.buckets().stream().mapToLong(Trend.Bucket::slaBreached).sum();
        var worst = t.buckets().stream().max(java.util.Comparator.comparingLong(Trend.Bucket::slaBreached)).orElseThrow();
        return kept + breached == 0 ? Texts.text("trend.sla.none")
                : Texts.text("trend.sla.summary", kept, breached, label(worst), worst.slaBreached());
    }

    public List<Row> getRows() {
        var t = trend();
        return t == null ? List.of() : t.buckets().stream().map(b -> new Row(label(b),
                java.util.Arrays.stream(Channel.values()).map(c -> b.cases().get(c)).toList(), b.total(), b.slaKept(),
                b.slaBreached())).toList();
    }

    public List<String> getChannelNames() {
        return java.util.Arrays.stream(Channel.values()).map(c -> Texts.text("channel." + c)).toList();
    }

    private String label(Trend.Bucket b) {
        return switch (trend().grain()) {
            case DAY -> b.start().toString();
            case WEEK -> Texts.text("trend.week", b.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), b.start().toString());
            case MONTH -> b.start().format(DateTimeFormatter.ofPattern("LLL yyyy", locale()));
        };
    }

    /** A bar's width: most of its slot, but never a slab (one week alone would fill the chart). */
    private static double barWidth(double step) {
        return Math.min(step * 0.7, 48);
    }

    private static double barX(int i, double step) {
        return LEFT + i * step + (step - barWidth(step)) / 2;
    }

    /** Under a bar there is little room: 03-04, v. 10, mar 2019. */
    private String shortLabel(Trend.Bucket b) {
        return switch (trend().grain()) {
            case DAY -> b.start().format(DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT));
            case WEEK -> Texts.text("trend.weekShort", b.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> label(b);
        };
    }

    private static double step(Trend t) {
        return (WIDTH - LEFT - 10) / (double) Math.max(1, t.buckets().size());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * The charts as SVG markup, drawn here rather than in the page: Facelets lost the closing tags
     * after an inline SVG with repeated children (the rest of the page ended up inside the chart).
     * Every text is escaped.
     */
    /** The fill patterns the bars use (stripes and dots besides colour), once per page. */
    public String getPatterns() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" class=\"visually-hidden\" aria-hidden=\"true\""
                + " focusable=\"false\"><defs>"
                + "<pattern id=\"pat-web\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#5a2d82\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\""
                + " stroke-width=\"3\"/></pattern>"
                + "<pattern id=\"pat-visit\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#1e6b2e\"/><circle cx=\"3\" cy=\"3\" r=\"1.5\" fill=\"#ffffff\"/></pattern>"
                + "<pattern id=\"pat-breached\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#a10e1a\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\""
                + " stroke-width=\"3\"/></pattern></defs></svg>";
    }

    public String getVolumeSvg() {
        return svg("trend-volume-caption trend-volume-summary", getVolumeBars(), getVolumeYTicks());
    }

    public String getSlaSvg() {
        return svg("trend-sla-caption trend-sla-summary", getSlaBars(), getSlaYTicks());
    }

    private String svg(String labelledBy, List<Bar> bars, List<Tick> yTicks) {
        var out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(labelledBy).append("\" focusable=\"false\">");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" class=\"axis\"/>");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" class=\"axis\"/>");
        for (var b : bars) {
            out.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.width())
                    .append("\" height=\"").append(b.height()).append("\" class=\"").append(escape(b.series())).append("\"><title>")
                    .append(escape(b.label())).append("</title></rect>");
        }
        for (var t : getXTicks()) {
            out.append("<text x=\"").append(t.x()).append("\" y=\"").append(t.y()).append("\" class=\"tick\" text-anchor=\"middle\">")
                    .append(escape(t.text())).append("</text>");
        }
        for (var t : yTicks) {
            out.append("<text x=\"").append(t.x()).append("\" y=\"").append(t.y()).append("\" class=\"tick\" text-anchor=\"end\">")
                    .append(escape(t.text())).append("</text>");
        }
        return out.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getAxisY() {
        return HEIGHT - BOTTOM;
    }

    public int getAxisX() {
        return LEFT;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }
}
