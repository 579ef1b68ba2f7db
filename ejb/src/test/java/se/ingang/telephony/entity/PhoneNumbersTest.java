package se.ingang.telephony.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Caller numbers in the form customers are matched by, and which ones can be called back. */
class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "070-123 45 67,      +46701234567",
            "+46 70 123 45 67,   +46701234567",
            "0046701234567,      +46701234567",
            "(08) 16 20 00,      +468162000",
            "+47 22 33 44 55,    +4722334455",
            "anonymous,          null",
            "Dolt nummer,        null",
            "'',                 null",
            "null,               null",
            "0,                  null",
            "12345,              null",
            "123456,             123456"})
    void identifiableCallers(String raw, String expected) {
        assertThat(PhoneNumbers.identifiable(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"+46 8 123 456, +468123456", "08-123 456, +468123456", "null, null"})
    void calledNumbersAreStoredInTheSameForm(String raw, String expected) {
        assertThat(PhoneNumbers.normalise(raw)).isEqualTo(expected);
    }
}
