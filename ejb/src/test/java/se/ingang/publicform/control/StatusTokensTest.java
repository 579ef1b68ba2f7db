package se.ingang.publicform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class StatusTokensTest {

    @Test
    void tokensCarry256RandomBitsInAUrlSafeForm() {
        String token = StatusTokens.newToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(StatusTokens.hasTokenShape(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(StatusTokens.newToken())).isTrue();
        }
    }

    @Test
    void theStoredHashIsStableAndIsNotTheToken() {
        String token = StatusTokens.newToken();
        assertThat(StatusTokens.hash(token)).isEqualTo(StatusTokens.hash(token)).hasSize(64).isNotEqualTo(token)
                .doesNotContain(token);
        assertThat(StatusTokens.hash(token)).isNotEqualTo(StatusTokens.hash(StatusTokens.newToken()));
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(StatusTokens.hasTokenShape(null)).isFalse();
        assertThat(StatusTokens.hasTokenShape("")).isFalse();
        assertThat(StatusTokens.hasTokenShape("x".repeat(42))).isFalse();
        assertThat(StatusTokens.hasTokenShape("../".repeat(15))).isFalse();
    }
}
