package se.ingang.reports.control;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles by nearest rank: the p-th percentile of n values is the value at rank
 * ceil(p/100 × n) of the sorted values (1-based), so it is always one of the values.
 * The median is the 50th percentile (for an even count: the lower of the two middle values).
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** Null when there are no values. */
    public static Long of(Collection<Long> values, int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("a percentile lies in 1..100: " + p);
        }
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public static Long median(Collection<Long> values) {
        return of(values, 50);
    }

    public static Long p90(Collection<Long> values) {
        return of(values, 90);
    }

    /** part / whole rounded to 4 decimals; null when the whole is zero (no share of nothing). */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
