package se.ingang.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * When contacts arrive at a large Swedish university: more on Mondays, few at weekends, quiet in
 * July and at Christmas, and peaks before the application deadlines (15 April, 15 October) and
 * at term start (late August, mid January).
 */
final class YearModel {

    /** A seasonal peak: its day, how much higher than usual at the top, and its width in days. */
    record Peak(MonthDay day, double height, double widthDays) {
    }

    static final Peak[] PEAKS = {
            new Peak(MonthDay.of(4, 13), 1.6, 6),
            new Peak(MonthDay.of(10, 13), 1.3, 6),
            new Peak(MonthDay.of(8, 26), 1.4, 8),
            new Peak(MonthDay.of(1, 19), 1.0, 6),
    };

    private static final double[] WEEKDAY = {1.25, 1.1, 1.05, 1.0, 0.85, 0.12, 0.1};

    // Arrival per hour of day (local time): e-mail and web all day, business hours weighted.
    private static final double[] ONLINE_HOURS = {0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 3, 4, 4, 3.5,
            2.5, 3.5, 3.5, 3, 2.5, 1.5, 1.2, 1.2, 1.3, 1.2, 0.9, 0.5};
    // The phone lines are open 08–16, the desk 09–15.
    private static final double[] PHONE_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 5, 4, 2, 4, 4, 3, 0, 0, 0, 0,
            0, 0, 0, 0};
    private static final double[] VISIT_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4, 3, 2, 4, 3, 0, 0, 0, 0, 0,
            0, 0, 0, 0};

    private YearModel() {
    }

    /** How busy a day is, relative to an ordinary Thursday. */
    static double dayWeight(LocalDate d) {
        double w = WEEKDAY[d.getDayOfWeek().getValue() - 1];
        int month = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (month == 7) {
            w *= 0.4;
        } else if ((month == 6 && day >= 20) || (month == 8 && day <= 7)) {
            w *= 0.7;
        }
        if ((month == 12 && day >= 22) || (month == 1 && day <= 6)) {
            w *= 0.3;
        }
        return w * load(d);
    }

    /** 1 on an ordinary day, up to about 2.6 at the top of a peak: arrivals and delays grow with it. */
    static double load(LocalDate d) {
        double extra = 0;
        for (Peak p : PEAKS) {
            long distance = Long.MAX_VALUE;
            for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
                distance = Math.min(distance, Math.abs(ChronoUnit.DAYS.between(d, p.day().atYear(y))));
            }
            extra += p.height() * Math.exp(-0.5 * Math.pow(distance / p.widthDays(), 2));
        }
        return 1 + extra;
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Second of the day a contact on this channel arrives. */
    static int secondOfDay(String channel, SplittableRandom rnd) {
        double[] hours = switch (channel) {
            case "PHONE" -> PHONE_HOURS;
            case "VISIT" -> VISIT_HOURS;
            default -> ONLINE_HOURS;
        };
        return pick(hours, rnd) * 3600 + rnd.nextInt(3600);
    }

    static int pick(double[] weights, SplittableRandom rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Splits {@code total} over the days by weight, exactly (largest remainders). */
    static int[] spread(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] counts = new int[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (int) Math.floor(exact);
            rest[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            counts[best]++;
            rest[best] = -1;
            given++;
        }
        return counts;
    }
}
