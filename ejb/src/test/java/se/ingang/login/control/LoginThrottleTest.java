package se.ingang.login.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final LoginThrottle.Settings SETTINGS = new LoginThrottle.Settings(3, 10, Duration.ofSeconds(1),
            Duration.ofSeconds(8), Duration.ofMinutes(15), 100);

    @Test
    void freeFailuresThenADelayThatDoublesUpToTheMaximum() {
        var throttle = new LoginThrottle(SETTINGS);
        Instant now = T0;
        for (int i = 0; i < 3; i++) {
            throttle.failed("a", "admin", now);
        }
        assertThat(throttle.waitFor("a", "admin", now)).isZero();
        var waits = new java.util.ArrayList<Duration>();
        for (int i = 0; i < 6; i++) {
            var failure = throttle.failed("a", "admin", now);
            assertThat(failure.accountStartsWaiting()).isEqualTo(i == 0);
            waits.add(failure.delay());
            now = now.plus(failure.delay());
        }
        assertThat(waits).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
    }

    @Test
    void waitingAttemptsDoNotProlongTheWaitAndTheOwnerElsewhereIsNeverRefused() {
        var throttle = new LoginThrottle(SETTINGS);
        for (int i = 0; i < 6; i++) {
            throttle.failed("attacker", "admin", T0);
        }
        Duration wait = throttle.waitFor("attacker", "admin", T0);
        assertThat(wait).isPositive();
        for (int i = 0; i < 100; i++) {
            throttle.waitFor("attacker", "admin", T0.plusMillis(i));
        }
        assertThat(throttle.waitFor("attacker", "admin", T0.plus(wait))).as("asking is free").isZero();
        assertThat(throttle.waitFor("owner", "admin", T0)).isZero();
        assertThat(throttle.waitFor("attacker", "ADMIN", T0)).as("the same account in other case").isEqualTo(wait);
    }

    @Test
    void successClearsTheAccountsCountAndQuietTimeForgetsIt() {
        var throttle = new LoginThrottle(SETTINGS);
        for (int i = 0; i < 4; i++) {
            throttle.failed("a", "anna", T0);
        }
        throttle.succeeded("a", "anna");
        assertThat(throttle.waitFor("a", "anna", T0)).isZero();
        assertThat(throttle.failed("a", "anna", T0).delay()).as("counting from zero again").isZero();

        for (int i = 0; i < 4; i++) {
            throttle.failed("a", "bertil", T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(throttle.failed("a", "bertil", later).delay()).as("forgotten after a quiet while").isZero();
    }

    @Test
    void anAddressTryingManyAccountsWaitsForAll() {
        var throttle = new LoginThrottle(SETTINGS);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("sprayer", "user" + i, T0).addressStartsWaiting()).isFalse();
        }
        assertThat(throttle.failed("sprayer", "user10", T0).addressStartsWaiting()).isTrue();
        assertThat(throttle.waitFor("sprayer", "someone-else", T0)).isPositive();
        assertThat(throttle.waitFor("elsewhere", "someone-else", T0)).isZero();
    }

    @Test
    void theTablesStayBounded() {
        var small = new LoginThrottle(new LoginThrottle.Settings(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofMinutes(15), 5));
        for (int i = 0; i < 50; i++) {
            small.failed("10.0.0." + i, "u", T0.plusSeconds(i));
        }
        for (int i = 0; i < 4; i++) {
            small.failed("10.0.0.49", "u", T0.plusSeconds(60));
        }
        assertThat(small.waitFor("10.0.0.49", "u", T0.plusSeconds(60))).as("the newest entries are kept").isPositive();
    }
}
