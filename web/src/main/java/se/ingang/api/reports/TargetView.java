package se.ingang.api.reports;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.ingang.reports.control.GlanceFigure;

/** A tile's target as the API shows it: the figure, its unit and direction, the target (null: none set). */
@JsonbNillable
public record TargetView(String kpi, GlanceFigure.Unit unit, boolean higherIsBetter, double min, double max, Double target) {

    static TargetView of(GlanceFigure f, Double target) {
        return new TargetView(f.id(), f.unit(), f.higherIsBetter(), f.unit().min(), f.unit().max(), target);
    }

    static List<TargetView> all(Map<String, Double> targets) {
        return Arrays.stream(GlanceFigure.values()).map(f -> of(f, targets.get(f.id()))).toList();
    }
}
