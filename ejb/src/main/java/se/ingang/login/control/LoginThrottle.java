package se.ingang.login.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles password guessing without ever locking an account (issue 16 item 5). Failures are
 * counted per (source address, account) and per source address; after a few free ones each further
 * failure makes that source wait before its next attempt, twice as long each time, never longer
 * than {@link Settings#maxDelay()}. Attempts made while waiting are refused without a password
 * check and are not failures, so they do not prolong the wait: nobody can keep an account shut, and
 * the account's owner, from another address, is never refused for someone else's failures.
 * A success clears its (address, account) count; counts are forgotten after a quiet while.
 * State is in memory, per node, and bounded: a full table drops its stalest entries.
 */
public final class LoginThrottle {

    /**
     * @param freePerAccount failures of one address at one account before it waits
     * @param freePerAddress failures of one address (any accounts) before it waits
     * @param firstDelay     the first wait; each further failure doubles it
     * @param maxDelay       the longest wait
     * @param forgetAfter    a count with no failure for this long starts again from zero
     * @param maxEntries     the most counts kept per table
     */
    public record Settings(int freePerAccount, int freePerAddress, Duration firstDelay, Duration maxDelay,
                           Duration forgetAfter, int maxEntries) {

        public static final Settings DEFAULT = new Settings(5, 30, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMinutes(15), 10_000);

        public Settings {
            if (freePerAccount < 1 || freePerAddress < 1 || maxEntries < 1 || firstDelay.isNegative()
                    || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
                throw new IllegalArgumentException("inconsistent login throttle settings: " + this);
            }
        }
    }

    /** What a recorded failure did: whether it made the pair or the address start waiting, and for how long. */
    public record Failure(boolean accountStartsWaiting, boolean addressStartsWaiting, Duration delay) {
    }

    /** Usernames are matched without regard to case by the database, so "Admin" is "admin" here too; long ones are cut. */
    private static final int MAX_ACCOUNT_LENGTH = 100;

    private final Settings settings;
    private final Map<String, Failures> perAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> perAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Settings settings) {
        this.settings = settings;
    }

    /** How long this address must still wait before trying this account; zero when it may try now. */
    public Duration waitFor(String address, String account, Instant now) {
        Duration pair = remaining(perAccount.get(pairKey(address, account)), now);
        Duration source = remaining(perAddress.get(address), now);
        return pair.compareTo(source) >= 0 ? pair : source;
    }

    public Failure failed(String address, String account, Instant now) {
        Failures pair = record(perAccount, pairKey(address, account), settings.freePerAccount(), now);
        Failures source = record(perAddress, address, settings.freePerAddress(), now);
        return new Failure(pair.count() == settings.freePerAccount() + 1, source.count() == settings.freePerAddress() + 1,
                waitFor(address, account, now));
    }

    /** The right password: this address's count at this account starts again (its count of all accounts does not). */
    public void succeeded(String address, String account) {
        perAccount.remove(pairKey(address, account));
    }

    private Failures record(Map<String, Failures> table, String key, int free, Instant now) {
        if (!table.containsKey(key) && table.size() >= settings.maxEntries()) {
            makeRoom(table, now);
        }
        return table.compute(key, (k, before) -> {
            int count = before == null || before.forgotten(now, settings.forgetAfter()) ? 1 : before.count() + 1;
            Instant until = count > free ? now.plus(delay(count - free)) : now;
            return new Failures(count, now, until);
        });
    }

    /** firstDelay · 2^(n−1), at most maxDelay. */
    private Duration delay(int beyondFree) {
        Duration delay = settings.firstDelay();
        for (int i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) < 0 ? delay : settings.maxDelay();
    }

    private void makeRoom(Map<String, Failures> table, Instant now) {
        table.values().removeIf(failures -> failures.forgotten(now, settings.forgetAfter()));
        while (table.size() >= settings.maxEntries()) {
            table.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last()))
                    .ifPresent(stalest -> table.remove(stalest.getKey(), stalest.getValue()));
        }
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || !failures.until().isAfter(now) ? Duration.ZERO : Duration.between(now, failures.until());
    }

    private static String pairKey(String address, String account) {
        String name = account.length() > MAX_ACCOUNT_LENGTH ? account.substring(0, MAX_ACCOUNT_LENGTH) : account;
        return address + " " + name.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last, Instant until) {

        boolean forgotten(Instant now, Duration after) {
            return !last.plus(after).isAfter(now);
        }
    }
}
