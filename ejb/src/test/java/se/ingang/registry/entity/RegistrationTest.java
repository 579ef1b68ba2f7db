package se.ingang.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.InvalidInputException;

class RegistrationTest {

    @Test
    void theRegistryNumberIsPrefixYearAndSequence() {
        assertThat(Registration.format("KT", 2026, 123)).isEqualTo("KT 2026/123");
        var r = new Registration(null, "KT", 2026, 7, "  Överklagande  ", LocalDate.of(2026, 12, 1), Instant.EPOCH, "anna");
        assertThat(r.getRegistryNumber()).isEqualTo("KT 2026/7");
        assertThat(r.getTitle()).isEqualTo("Överklagande");
    }

    @Test
    void aMatterNeedsATitle() {
        assertThatThrownBy(() -> new Registration(null, "KT", 2026, 1, " ", LocalDate.of(2026, 1, 1), Instant.EPOCH, "anna"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Registration(null, "KT", 2026, 1, "x".repeat(301), LocalDate.of(2026, 1, 1), Instant.EPOCH, "a"))
                .isInstanceOf(InvalidInputException.class);
    }
}
