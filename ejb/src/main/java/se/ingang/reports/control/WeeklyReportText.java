package se.ingang.reports.control;

import java.util.Locale;

/** The plain text of the weekly report mail, Swedish or English: the headline figures in words. */
public final class WeeklyReportText {

    private WeeklyReportText() {
    }

    public static String of(Kpis k, ReportFilter filter, boolean en) {
        var out = new StringBuilder();
        out.append(en ? "Customer service, " : "Kundtjänsten, ").append(k.from()).append(" – ").append(k.to()).append('\n');
        out.append(en ? "Filters: " : "Urval: ").append(filters(filter, en)).append("\n\n");
        line(out, en ? "Cases received" : "Inkomna ärenden", String.valueOf(k.received()));
        line(out, en ? "E-mail and web answered" : "E-post och webb besvarade", share(k.emailAndWeb().answeredShare()));
        line(out, en ? "E-mail and web answered within target" : "E-post och webb besvarade inom målet",
                share(k.emailAndWeb().answeredInTargetShare()));
        line(out, en ? "Calls answered" : "Besvarade samtal", k.phone().answered() + " / " + k.phone().offered()
                + " (" + share(k.phone().answerRate()) + ")");
        line(out, en ? "Callbacks within the deadline" : "Återuppringningar inom tidsgränsen",
                k.phone().calledBackInTime() + " / " + k.phone().callbacksOwed());
        line(out, en ? "First response, median (business hours)" : "Första svar, median (kontorstimmar)",
                hours(k.firstResponse().medianBusinessSeconds()));
        line(out, en ? "Resolution, median (business hours)" : "Lösningstid, median (kontorstimmar)",
                hours(k.resolution().medianBusinessSeconds()));
        line(out, en ? "SLA compliance (customer targets)" : "Måluppfyllelse (kundens mål)", share(k.sla().compliance())
                + (en ? ", breaches " : ", överskridna ") + k.sla().breached());
        line(out, en ? "Promised follow-ups kept" : "Utlovade återkopplingar hållna", share(k.promises().compliance()));
        line(out, en ? "First-contact resolution" : "Lösta vid första kontakt", share(k.firstContactResolution().share()));
        line(out, en ? "Open cases now (backlog)" : "Öppna ärenden nu", String.valueOf(k.backlog()));
        line(out, en ? "Cases bounced between groups" : "Ärenden som skickats vidare igen",
                k.bounces().bouncedCases() + " / " + k.bounces().routedCases());
        line(out, en ? "Satisfaction (1–5)" : "Nöjdhet (1–5)", (k.satisfaction().average() == null ? "–"
                : String.format(Locale.ROOT, "%.2f", k.satisfaction().average())) + " (" + k.satisfaction().count()
                + (en ? " answers)" : " svar)"));
        out.append('\n').append(en ? "All figures are in the attached CSV file; definitions on the dashboard page."
                : "Alla siffror finns i den bifogade CSV-filen; definitionerna på sidan Nyckeltal.").append('\n');
        return out.toString();
    }

    private static String filters(ReportFilter f, boolean en) {
        var parts = new StringBuilder();
        append(parts, f.frontOffice());
        append(parts, f.group());
        append(parts, f.channel() == null ? null : f.channel().name());
        append(parts, f.caseType() == null ? null : f.caseType().name());
        append(parts, f.customerGroup() == null ? null : f.customerGroup().name());
        return parts.isEmpty() ? (en ? "all cases" : "alla ärenden") : parts.toString();
    }

    private static void append(StringBuilder parts, String value) {
        if (value != null) {
            parts.append(parts.isEmpty() ? "" : ", ").append(value);
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }

    static String share(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String hours(Long seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%d:%02d", seconds / 3600, seconds % 3600 / 60);
    }
}
