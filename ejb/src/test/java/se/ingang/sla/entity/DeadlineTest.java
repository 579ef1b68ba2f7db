package se.ingang.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.calendar.control.TestCalendars;

class DeadlineTest {

    private static final BusinessTime TIME = TestCalendars.weekdaysEightToFive(Set.of());

    private static Instant at(String local) {
        return TestCalendars.at(local);
    }

    private static Deadline resolution(Instant start) {
        return Deadline.start(1L, "2026-000001", DeadlineKind.RESOLUTION, null, Duration.ofHours(10), 0.8, start, TIME);
    }

    @Test
    void dueAndWarningAreInBusinessTime() {
        var d = resolution(at("2026-11-23T09:00"));
        assertThat(d.getDueAt()).isEqualTo(at("2026-11-24T10:00"));
        assertThat(d.getWarningAt()).isEqualTo(at("2026-11-23T17:00")); // 8 of 10 hours: at closing time
    }

    @Test
    void pauseAndResumeShiftByTheBusinessTimeSpentWaiting() {
        var d = resolution(at("2026-11-23T09:00"));
        assertThat(d.pause(at("2026-11-23T15:00"))).isTrue();
        assertThat(d.isRunning()).isFalse();
        assertThat(d.breach(at("2026-11-25T12:00"))).as("no breach while paused").isFalse();

        assertThat(d.resume(at("2026-11-25T10:00"), TIME)).isTrue();

        // 4 of 10 hours were left at the pause; they count from Wednesday 10:00.
        assertThat(d.getDueAt()).isEqualTo(at("2026-11-25T14:00"));
        assertThat(d.getWarningAt()).isEqualTo(at("2026-11-25T12:00"));
        assertThat(TIME.between(at("2026-11-24T10:00"), d.getDueAt()))
                .isEqualTo(TIME.between(at("2026-11-23T15:00"), at("2026-11-25T10:00")));
    }

    @Test
    void warningAndBreachAreRecordedOnce() {
        var d = resolution(at("2026-11-23T09:00"));
        assertThat(d.warn(at("2026-11-24T08:00"))).isTrue();
        assertThat(d.warn(at("2026-11-24T08:01"))).isFalse();
        assertThat(d.breach(at("2026-11-24T09:59"))).as("not due yet").isFalse();
        assertThat(d.breach(at("2026-11-24T10:00"))).isTrue();
        assertThat(d.breach(at("2026-11-24T10:01"))).isFalse();
        assertThat(d.getBreachedAt()).isEqualTo(at("2026-11-24T10:00"));
    }

    @Test
    void aBreachStaysOnRecordWhenTheDeadlineIsLaterMet() {
        var d = resolution(at("2026-11-23T09:00"));
        d.breach(at("2026-11-24T11:00"));
        assertThat(d.meet(at("2026-11-24T12:00"))).isTrue();
        assertThat(d.getBreachedAt()).isNotNull();
        assertThat(d.wasKept()).isFalse();
        assertThat(d.overdueBy(at("2026-11-30T12:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void reopeningGivesBackTheBusinessTimeThatWasLeft() {
        var d = resolution(at("2026-11-23T09:00"));
        d.meet(at("2026-11-23T16:00")); // 7 of 10 hours used
        assertThat(d.wasKept()).isTrue();

        assertThat(d.reopen(at("2026-11-26T09:00"), TIME)).isTrue();

        assertThat(d.getMetAt()).isNull();
        assertThat(d.getDueAt()).isEqualTo(at("2026-11-26T12:00"));
    }

    @Test
    void aPromiseIsDueWhenPromisedAndWarnsAtTheShareOfTheBusinessTimeLeft() {
        var now = at("2026-11-23T09:00");
        var d = Deadline.promise(1L, "2026-000001", at("2026-11-24T14:00"), "Kollar med ekonomi", 0.8, now, TIME);
        assertThat(d.getKind()).isEqualTo(DeadlineKind.FOLLOW_UP);
        assertThat(d.getDueAt()).isEqualTo(at("2026-11-24T14:00"));
        assertThat(d.getTarget()).isEqualTo(Duration.ofHours(14));
        assertThat(d.getWarningAt()).isEqualTo(TIME.plus(now, Duration.ofMinutes(14 * 60 * 8 / 10)));
        assertThatThrownBy(() -> Deadline.promise(1L, "2026-000001", now, null, 0.8, now, TIME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelledDeadlineIsNeitherMetNorBreached() {
        var d = resolution(at("2026-11-23T09:00"));
        assertThat(d.cancel(at("2026-11-23T10:00"))).isTrue();
        assertThat(d.meet(at("2026-11-23T11:00"))).isFalse();
        assertThat(d.breach(at("2026-11-30T11:00"))).isFalse();
        assertThat(d.wasKept()).isFalse();
    }
}
