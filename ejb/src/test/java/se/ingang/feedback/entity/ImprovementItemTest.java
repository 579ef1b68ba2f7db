package se.ingang.feedback.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.StaleVersionException;

class ImprovementItemTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static ImprovementItem item() {
        return new ImprovementItem("2026-000001", "Otydlig webbsida", "Skriv om den", "greta",
                LocalDate.of(2026, 12, 31), "anna", NOW);
    }

    @Test
    void doneAndRejectedItemsAreClosedAndNeverOverdue() {
        var i = item();
        assertThat(i.isOverdue(LocalDate.of(2027, 1, 1))).isTrue();
        i.moveTo(ImprovementStatus.DONE, 0, NOW);
        assertThat(i.getClosedAt()).isEqualTo(NOW);
        assertThat(i.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThatThrownBy(() -> item().moveTo(ImprovementStatus.IN_PROGRESS, 3, NOW))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void reopeningClearsTheClosingTime() {
        var i = item();
        i.moveTo(ImprovementStatus.REJECTED, 0, NOW);
        i.moveTo(ImprovementStatus.OPEN, 0, NOW);
        assertThat(i.getClosedAt()).isNull();
        assertThat(i.isOverdue(LocalDate.of(2026, 12, 31))).isFalse();
    }
}
