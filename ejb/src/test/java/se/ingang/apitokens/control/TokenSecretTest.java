package se.ingang.apitokens.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void aSecretIsPrefixedAnd256RandomBits() {
        String secret = TokenSecret.generate();
        assertThat(secret).startsWith("ingang_").hasSize("ingang_".length() + 43);
        assertThat(TokenSecret.hasShape(secret)).isTrue();
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TokenSecret.generate())).isTrue();
        }
    }

    @Test
    void onlyTheShapeOfASecretIsLookedUp() {
        assertThat(TokenSecret.hasShape(null)).isFalse();
        assertThat(TokenSecret.hasShape("ingang_short")).isFalse();
        assertThat(TokenSecret.hasShape("other_" + "A".repeat(43))).isFalse();
        assertThat(TokenSecret.hasShape("ingang_" + "A".repeat(42) + "'")).isFalse();
    }

    @Test
    void theStoredHashIsTheHexSha256OfTheWholeSecret() {
        // echo -n 'ingang_test' | sha256sum
        assertThat(TokenSecret.hash("ingang_test"))
                .isEqualTo("39ed4300daf2d6b22be4de9fb6b4fee711ac72afee67109105e86bc869b0c5dd");
    }
}
