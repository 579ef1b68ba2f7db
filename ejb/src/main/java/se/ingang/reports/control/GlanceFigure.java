package se.ingang.reports.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import se.ingang.platform.errors.InvalidInputException;

/**
 * The figures the dashboard shows at a glance as tiles, each read from the same {@link Kpis} the
 * rest of the dashboard shows (never worked out differently), with its unit, which way is better,
 * and the range a manager's target for it may take.
 */
public enum GlanceFigure {

    PHONE_ANSWER_RATE("phone.answerRate", Unit.SHARE, true, k -> k.phone().answerRate()),
    ANSWERED_IN_TARGET("emailAndWeb.answeredInTargetShare", Unit.SHARE, true, k -> k.emailAndWeb().answeredInTargetShare()),
    FIRST_CONTACT_RESOLUTION("firstContactResolution.share", Unit.SHARE, true, k -> k.firstContactResolution().share()),
    FIRST_RESPONSE_MEDIAN("firstResponse.medianBusinessSeconds", Unit.SECONDS, false,
            k -> k.firstResponse().medianBusinessSeconds() == null ? null : k.firstResponse().medianBusinessSeconds().doubleValue()),
    BACKLOG("backlog", Unit.COUNT, false, k -> (double) k.backlog()),
    SATISFACTION("satisfaction.average", Unit.SCORE, true, k -> k.satisfaction().average());

    /** Shares 0..1; durations in business seconds; counts of cases; average survey scores 1..5. */
    public enum Unit {
        SHARE(0, 1), SECONDS(0, 366 * 24 * 3600), COUNT(0, 10_000_000), SCORE(1, 5);

        private final double min;
        private final double max;

        Unit(double min, double max) {
            this.min = min;
            this.max = max;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }
    }

    private final String id;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final Function<Kpis, Double> value;

    GlanceFigure(String id, Unit unit, boolean higherIsBetter, Function<Kpis, Double> value) {
        this.id = id;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    /** The figure's JSON path in {@link Kpis}, which also names it in the API and the bundles. */
    public String id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Null where there is nothing to compute from (no calls, no answers…). */
    public Double of(Kpis kpis) {
        return value.apply(kpis);
    }

    /** The backlog is the open cases now: a period before has no backlog of its own to compare with. */
    public boolean comparable() {
        return this != BACKLOG;
    }

    public static Optional<GlanceFigure> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** A target in the figure's unit, or the refusal that says which values it may take. */
    public double checkTarget(Double target) {
        if (target == null || target.isNaN() || target.isInfinite()) {
            throw new InvalidInputException("target", "a number from " + plain(unit.min) + " to " + plain(unit.max));
        }
        if (target < unit.min || target > unit.max) {
            throw new InvalidInputException("target", "from " + plain(unit.min) + " to " + plain(unit.max) + " for " + id);
        }
        if (unit == Unit.COUNT && target != Math.rint(target)) {
            throw new InvalidInputException("target", "a whole number of cases for " + id);
        }
        return target;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
