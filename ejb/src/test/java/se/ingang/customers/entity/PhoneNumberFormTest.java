package se.ingang.customers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.ingang.platform.errors.InvalidInputException;

/** Issue 18 item 5: one person, one number, however it was written. */
class PhoneNumberFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // The pair: the old digit rule made these two people.
            "+46 (0)70 123 45 67 | +46701234567",
            "070-123 45 67       | +46701234567",
            "0046 70 123 45 67   | +46701234567",
            "+46701234567        | +46701234567",
            "+460701234567       | +46701234567",
            "(08) 16 20 00       | +468162000",
            "08-790 60 00        | +4687906000",
            "+44 (0)20 7946 0958 | +442079460958",
            "+1 (650) 253-0000   | +16502530000",
            "+358 40 123 4567    | +358401234567"})
    void writtenAnyWayStoredOneWay(String given, String stored) {
        assertThat(PhoneNumberForm.normalise("phone", given)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345 | 12345", "0 | +46", "123456 | 123456"})
    void whatIsNoPossibleNumberKeepsTheDigitForm(String given, String stored) {
        assertThat(PhoneNumberForm.normalise("phone", given)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"070-ABC 45 67", "070 123 45 67 ankn. 12", "ring mig"})
    void lettersAreRefusedWithTheFieldNamed(String given) {
        assertThatThrownBy(() -> PhoneNumberForm.normalise("phone", given)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys("phone"))
                .hasMessageContaining("not letters");
    }

    @Test
    void aMachinesLettersMeanNoNumber() {
        assertThat(PhoneNumberForm.normaliseOrNull("anonymous")).isNull();
        assertThat(PhoneNumberForm.normaliseOrNull("Dolt nummer")).isNull();
        assertThat(PhoneNumberForm.normaliseOrNull("070-123 45 67")).isEqualTo("+46701234567");
        assertThat(PhoneNumberForm.normalise("phone", "  ")).isNull();
        assertThat(PhoneNumberForm.normalise("phone", null)).isNull();
    }
}
