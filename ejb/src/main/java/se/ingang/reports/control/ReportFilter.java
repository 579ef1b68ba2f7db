package se.ingang.reports.control;

import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;

/**
 * Which cases a report counts; null = any. {@code group} is a back-office group: the cases it
 * handled (a handling leg in it); for the backlog, the cases now in it.
 */
public record ReportFilter(String frontOffice, String group, Channel channel, CaseType caseType,
                           CustomerGroup customerGroup) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null);

    public ReportFilter {
        frontOffice = blankToNull(frontOffice);
        group = blankToNull(group);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
