package se.ingang.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.PasswordHash;
import se.ingang.platform.errors.InvalidInputException;

class PasswordHashingTest {

    @Test
    void hashIsTheScramSaltedPasswordThatTheRealmChecks() throws Exception {
        var hash = PasswordHashing.hash("Hemligt-lösen-1", 4096);

        byte[] salt = Base64.getDecoder().decode(hash.salt());
        assertThat(salt).hasSize(16);
        assertThat(hash.iterations()).isEqualTo(4096);
        // SCRAM-SHA-256's SaltedPassword = Hi(password, salt, i) = PBKDF2-HMAC-SHA-256, 32 bytes.
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("Hemligt-lösen-1".toCharArray(), salt, 4096, 256)).getEncoded();
        assertThat(Base64.getDecoder().decode(hash.hash())).isEqualTo(expected);
    }

    @Test
    void rightPasswordMatchesWrongOneDoesNot() {
        var hash = PasswordHashing.hash("rätt-lösenord", 1000);
        assertThat(PasswordHashing.matches("rätt-lösenord", hash)).isTrue();
        assertThat(PasswordHashing.matches("fel-lösenord!", hash)).isFalse();
        assertThat(PasswordHashing.matches(null, hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        var first = PasswordHashing.hash("samma-lösenord", 1000);
        var second = PasswordHashing.hash("samma-lösenord", 1000);
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
    }

    @Test
    void weakOrUnhashablePasswordsAreRefused() {
        assertThatThrownBy(() -> PasswordHashing.hash("kort", 1000)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> PasswordHashing.hash(null, 1000)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordHashing.hash("x".repeat(201), 1000)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordHashing.hash("tab\there-is-bad", 1000)).isInstanceOf(InvalidInputException.class);
        // "å" written as a + combining ring: normalisation would change it, so the realm would hash it differently.
        assertThatThrownBy(() -> PasswordHashing.hash("la\u030angt-lösenord", 1000)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void toStringNeverShowsTheHash() {
        var hash = new PasswordHash("c2VjcmV0", "c2FsdA==", 10);
        assertThat(hash.toString()).doesNotContain("c2VjcmV0").contains("10");
    }
}
