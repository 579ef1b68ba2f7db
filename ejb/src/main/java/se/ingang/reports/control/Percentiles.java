package se.ingang.reports.control;

import java.util.Arrays;

/**
 * Percentiles by nearest rank: the p-th percentile of n values is the value at rank
 * ceil(p/100 × n) of the sorted values (1-based), so it is always one of the values.
 * The median is the 50th percentile (for an even count: the lower of the two middle values).
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * Values kept as primitives, growing as they come: a year's durations take 8 bytes each, not a
     * boxed object in a list.
     */
    public static final class Values {
        private long[] values = new long[64];
        private int size;

        public void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        public void addAll(Values other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        public int size() {
            return size;
        }

        public long sum() {
            long sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum;
        }

        /** Sorts the values in place (they are only ever read as percentiles). Null when there are none. */
        public Long percentile(int p) {
            if (p < 1 || p > 100) {
                throw new IllegalArgumentException("a percentile lies in 1..100: " + p);
            }
            if (size == 0) {
                return null;
            }
            Arrays.sort(values, 0, size);
            int rank = (int) Math.ceil(p / 100.0 * size);
            return values[Math.max(rank, 1) - 1];
        }
    }

    /** part / whole rounded to 4 decimals; null when the whole is zero (no share of nothing). */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
