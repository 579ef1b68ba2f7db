package se.ingang.customers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "070-123 45 67      | +46701234567",
            "+46 70 123 45 67   | +46701234567",
            "0046 70 123 45 67  | +46701234567",
            "08-16 20 00        | +468162000",
            "+358 40 123 4567   | +358401234567",
            "+46 (0)70 123 45 67 | +46701234567",
            "12345              | 12345"})
    void phoneNumbersAreComparedInOneForm(String given, String stored) {
        assertThat(Customer.normalisePhone(given)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {" Asa@Example.SE | asa@example.se", "a@b.se | a@b.se",
            // Only ASCII letters fold in the local part; the accent stays, so jdöe is not jdoe.
            "JDÖE@Mächine.Example | jdÖe@mächine.example",
            "jdöe@xn--mchine-bua.example | jdöe@mächine.example",
            "jdoe@machine.example | jdoe@machine.example"})
    void emailAddressesAreComparedInOneForm(String given, String stored) {
        assertThat(Customer.normaliseEmail(given)).isEqualTo(stored);
    }
}
