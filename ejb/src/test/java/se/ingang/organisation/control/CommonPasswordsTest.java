package se.ingang.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void listedPasswordsAndTheirPaddedVariantsAreCommon() {
        assertThat(CommonPasswords.isCommon("qwertyuiop")).isTrue();
        assertThat(CommonPasswords.isCommon("Password123!")).isTrue();
        assertThat(CommonPasswords.isCommon("2026Sommar!!")).isTrue();
        assertThat(CommonPasswords.isCommon("1234567890")).isTrue();
        assertThat(CommonPasswords.isCommon("aaaaaaaaaaaa")).isTrue();
        assertThat(CommonPasswords.isCommon("Lösenord2026")).isTrue();
    }

    @Test
    void passwordsOfUnrelatedWordsAreNot() {
        assertThat(CommonPasswords.isCommon("korp-Lingon-tavla-81")).isFalse();
        assertThat(CommonPasswords.isCommon("it-password-2026")).isFalse();
        assertThat(CommonPasswords.isCommon("admin-demo-1")).isFalse();
        assertThat(CommonPasswords.isCommon("Maskinkontots-lösenord-1")).isFalse();
    }
}
