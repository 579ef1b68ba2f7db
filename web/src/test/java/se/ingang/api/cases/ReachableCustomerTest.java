package se.ingang.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReachableCustomerTest {

    final ReachableCustomer.Check check = new ReachableCustomer.Check();

    @Test
    void anEmailOrAPhoneIsEnough() {
        assertThat(check.isValid(new CustomerInput(null, "a@example.org", null, null), null)).isTrue();
        assertThat(check.isValid(new CustomerInput(null, null, "08-123 45", null), null)).isTrue();
    }

    @Test
    void aNameAloneOrBlanksAreNot() {
        assertThat(check.isValid(new CustomerInput("Sara", null, null, null), null)).isFalse();
        assertThat(check.isValid(new CustomerInput("Sara", " ", "", null), null)).isFalse();
    }

    @Test
    void aMissingCustomerIsLeftToNotNull() {
        assertThat(check.isValid(null, null)).isTrue();
    }
}
