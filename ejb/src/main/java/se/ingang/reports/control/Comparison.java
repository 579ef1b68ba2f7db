package se.ingang.reports.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * The period's figures side by side per front office and per back-office group, each row worked
 * out by the same calculator as the headline figures over the cases of that front office (or those
 * the group handled), with the other filters applied; the backlog is the open cases now (in the
 * front office; in the group's queue). Only queues with cases in the period or open now are listed.
 */
public record Comparison(ReportPeriod period, List<Row> rows) {

    public enum Kind {
        FRONT_OFFICE, GROUP
    }

    @JsonbNillable
    public record Row(Kind kind, String queue, String name, long received, Double answeredInTargetShare,
                      Double firstContactResolutionShare, Long medianFirstResponseBusinessSeconds, Double slaCompliance,
                      long backlog) {

        public static Row of(Kind kind, String queue, String name, Kpis k, long backlog) {
            return new Row(kind, queue, name, k.received(), k.emailAndWeb().answeredInTargetShare(),
                    k.firstContactResolution().share(), k.firstResponse().medianBusinessSeconds(), k.sla().compliance(), backlog);
        }
    }
}
