package se.ingang.api.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.control.ReportPeriod;

/** Translates the query parameters every report endpoint shares; all bad ones are reported at once. */
final class ReportParameters {

    private ReportParameters() {
    }

    /** from and to (days, both included), or a named period (today, week, month, term, last-week) around today. */
    static ReportPeriod period(String from, String to, String named, LocalDate today) {
        if (named != null && !named.isBlank() && (from == null || from.isBlank())) {
            return ReportPeriod.named(named.strip(), today);
        }
        var errors = new ArrayList<FieldError>();
        var start = date("from", from, errors);
        var end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ReportPeriod(start, end);
    }

    static ReportFilter filter(String frontOffice, String group, String channel, String caseType, String customerGroup) {
        var errors = new ArrayList<FieldError>();
        var filter = new ReportFilter(frontOffice, group, value(Channel.class, "channel", channel, errors),
                value(CaseType.class, "caseType", caseType, errors),
                value(CustomerGroup.class, "customerGroup", customerGroup, errors));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return filter;
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        try {
            if (value != null && !value.isBlank()) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "a date such as 2026-11-30"));
        return null;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var allowed = new ArrayList<String>();
            for (var constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            errors.add(new FieldError(name, "one of " + String.join(", ", allowed)));
            return null;
        }
    }

    static void requireNotBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "required");
        }
    }
}
