package se.ingang.telephony.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer-rate figures of one phone queue over a period: calls offered, answered and
 * missed (missed calls from hidden numbers among them), the answer rate, the wait of the
 * answered calls (mean and 90th percentile, nearest rank) and the callbacks made.
 * Rate and waits are null when there is nothing to compute them from.
 */
public record AnswerRate(String phoneQueue, LocalDate from, LocalDate to, long offered, long answered, long missed,
                         long missedFromHiddenNumbers, Double answerRate, Double meanWaitSeconds,
                         Integer p90WaitSeconds, long callbackCases, long callbacksMade) {

    /** One call as the figures need it. */
    public record Call(boolean answered, int waitSeconds, boolean hiddenNumber) {
    }

    public static AnswerRate of(String phoneQueue, LocalDate from, LocalDate to, List<Call> calls, long callbackCases,
                                long callbacksMade) {
        long answered = calls.stream().filter(Call::answered).count();
        long missed = calls.size() - answered;
        long hidden = calls.stream().filter(c -> !c.answered() && c.hiddenNumber()).count();
        var waits = new ArrayList<Integer>();
        calls.stream().filter(Call::answered).forEach(c -> waits.add(c.waitSeconds()));
        Collections.sort(waits);
        Double rate = calls.isEmpty() ? null : round((double) answered / calls.size(), 4);
        Double mean = waits.isEmpty() ? null : round(waits.stream().mapToInt(Integer::intValue).average().orElseThrow(), 1);
        return new AnswerRate(phoneQueue, from, to, calls.size(), answered, missed, hidden, rate, mean,
                percentile(waits, 90), callbackCases, callbacksMade);
    }

    /** Nearest rank: the smallest value that at least p % of the values do not exceed. */
    static Integer percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
