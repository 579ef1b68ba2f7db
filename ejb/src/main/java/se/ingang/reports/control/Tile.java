package se.ingang.reports.control;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One at-a-glance figure: its value in the period, in the period just before (as long) and in the
 * same days a year before; the changes (value minus the other, null when either is missing); the
 * manager's target and how the value stands against it.
 */
@JsonbNillable
public record Tile(String kpi, GlanceFigure.Unit unit, boolean higherIsBetter, Double value, Double previous,
                   Double changeFromPrevious, Double lastYear, Double changeFromLastYear, Double target,
                   TargetStatus status) {

    /** MET: at or better than the target; MISSED: worse; NO_TARGET: none set; NO_VALUE: nothing to judge. */
    public enum TargetStatus {
        MET, MISSED, NO_TARGET, NO_VALUE
    }

    public static Tile of(GlanceFigure figure, Kpis now, Kpis previous, Kpis lastYear, Double target) {
        Double value = figure.of(now);
        Double before = figure.comparable() ? figure.of(previous) : null;
        Double yearBefore = figure.comparable() ? figure.of(lastYear) : null;
        return new Tile(figure.id(), figure.unit(), figure.higherIsBetter(), value, before, change(value, before),
                yearBefore, change(value, yearBefore), target, status(figure, value, target));
    }

    static TargetStatus status(GlanceFigure figure, Double value, Double target) {
        if (target == null) {
            return TargetStatus.NO_TARGET;
        }
        if (value == null) {
            return TargetStatus.NO_VALUE;
        }
        boolean met = figure.higherIsBetter() ? value >= target : value <= target;
        return met ? TargetStatus.MET : TargetStatus.MISSED;
    }

    /** Rounded to 4 decimals, as shares are, so 0.5 - 0.4 reads 0.1 and not 0.09999999999999998. */
    private static Double change(Double value, Double other) {
        return value == null || other == null ? null : Math.round((value - other) * 10_000) / 10_000.0;
    }
}
