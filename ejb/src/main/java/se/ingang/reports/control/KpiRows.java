package se.ingang.reports.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The headline figures as rows "kpi;value" (CSV export, weekly mail), named by their JSON
 * path (e.g. {@code emailAndWeb.answeredShare}). Read from the record components, so the
 * rows always carry exactly what the JSON carries.
 */
public final class KpiRows {

    private KpiRows() {
    }

    public static ReportTable of(Kpis kpis) {
        var rows = new ArrayList<List<Object>>();
        add("", kpis, rows);
        return new ReportTable("kpis", List.of("kpi", "value"), rows);
    }

    private static void add(String prefix, Record record, List<List<Object>> rows) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            String name = prefix + component.getName();
            if (value instanceof Record nested) {
                add(name + ".", nested, rows);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    rows.add(Arrays.asList(name + "." + (i + 1), list.get(i)));
                }
            } else {
                rows.add(Arrays.asList(name, value));
            }
        }
    }
}
