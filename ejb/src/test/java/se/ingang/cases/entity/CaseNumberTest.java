package se.ingang.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void formatsYearAndSixDigitSequence() {
        assertThat(CaseNumber.of(2026, 123).value()).isEqualTo("2026-000123");
        assertThat(CaseNumber.of(2026, 1_234_567).value()).isEqualTo("2026-1234567");
    }

    @Test
    void parsesWhatItFormats() {
        assertThat(CaseNumber.parse("2026-000123")).isEqualTo(CaseNumber.of(2026, 123));
        assertThat(CaseNumber.isValid("2026-12")).isFalse();
        assertThat(CaseNumber.isValid("abc")).isFalse();
        assertThatThrownBy(() -> CaseNumber.parse("26-000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
