package se.ingang.reports.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.ingang.cases.entity.Channel;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.sla.entity.DeadlineKind;

/**
 * The cohort over time: per day, week (Monday) or month of receipt, the cases by channel and the
 * customer's targets (first response, resolution) kept and breached, counted as the headline
 * figures count them ({@code sla}); every bucket of the period is present, empty ones as zeros.
 */
public record Trend(ReportPeriod period, Grain grain, List<Bucket> buckets) {

    private static final Set<DeadlineKind> CUSTOMER_TARGETS = Set.of(DeadlineKind.FIRST_RESPONSE, DeadlineKind.RESOLUTION);

    public enum Grain {
        DAY, WEEK, MONTH;

        /** Day up to a month, week up to half a year, month beyond; or the one asked for. */
        public static Grain of(String value, ReportPeriod period) {
            if (value == null || value.isBlank()) {
                return period.days() <= 31 ? DAY : period.days() <= 183 ? WEEK : MONTH;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("grain", "day, week or month");
            }
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    /** {@code start}: the bucket's first day (a week's Monday, a month's 1st; may lie before the period). */
    public record Bucket(LocalDate start, Map<Channel, Long> cases, long total, long slaKept, long slaBreached) {
    }

    /** Adds up the cohort's figures a case at a time, as they are streamed. */
    public static final class Counter {
        private final ReportPeriod period;
        private final Grain grain;
        private final Map<LocalDate, long[]> counts = new LinkedHashMap<>();

        public Counter(ReportPeriod period, Grain grain) {
            this.period = period;
            this.grain = grain;
            for (var start = grain.start(period.from()); !start.isAfter(period.to()); start = grain.next(start)) {
                counts.put(start, new long[Channel.values().length + 2]);
            }
        }

        public void add(CaseFigures f) {
            var day = f.receivedAt().atZone(ReportPeriod.ZONE).toLocalDate();
            var row = counts.get(grain.start(day));
            if (row == null) {
                return;
            }
            row[f.channel().ordinal()]++;
            for (var kind : CUSTOMER_TARGETS) {
                row[Channel.values().length] += f.outcomes(kind, Outcome.KEPT);
                row[Channel.values().length + 1] += f.outcomes(kind, Outcome.BREACHED);
            }
        }

        public Trend trend() {
            var buckets = new ArrayList<Bucket>();
            counts.forEach((start, row) -> {
                var cases = new EnumMap<Channel, Long>(Channel.class);
                long total = 0;
                for (var channel : Channel.values()) {
                    cases.put(channel, row[channel.ordinal()]);
                    total += row[channel.ordinal()];
                }
                buckets.add(new Bucket(start, cases, total, row[Channel.values().length], row[Channel.values().length + 1]));
            });
            return new Trend(period, grain, buckets);
        }
    }
}
