package se.ingang.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

    @Test
    void tokensCarry256RandomBitsInAUrlSafeForm() {
        String token = LinkTokens.newToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(LinkTokens.hasTokenShape(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(LinkTokens.newToken())).isTrue();
        }
    }

    @Test
    void theStoredHashIsStableAndIsNotTheToken() {
        String token = LinkTokens.newToken();
        assertThat(LinkTokens.hash(token)).isEqualTo(LinkTokens.hash(token)).hasSize(64).isNotEqualTo(token)
                .doesNotContain(token);
        assertThat(LinkTokens.hash(token)).isNotEqualTo(LinkTokens.hash(LinkTokens.newToken()));
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(LinkTokens.hasTokenShape(null)).isFalse();
        assertThat(LinkTokens.hasTokenShape("")).isFalse();
        assertThat(LinkTokens.hasTokenShape("x".repeat(42))).isFalse();
        assertThat(LinkTokens.hasTokenShape("../".repeat(15))).isFalse();
    }
}
