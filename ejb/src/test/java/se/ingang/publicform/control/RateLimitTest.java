package se.ingang.publicform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ingang.platform.control.KeyedHash;

class RateLimitTest {

    private static final KeyedHash HASH = new KeyedHash("a-test-secret-of-at-least-32-characters");

    @Test
    void allowsPostsUpToTheLimitInTheWindow() {
        assertThat(RateLimit.allows(0, 5)).isTrue();
        assertThat(RateLimit.allows(4, 5)).isTrue();
        assertThat(RateLimit.allows(5, 5)).isFalse();
    }

    @Test
    void oneAddressIsOneSenderWhateverItsCase() {
        assertThat(RateLimit.emailKey(HASH, " Åsa.Öberg@Example.SE ")).isEqualTo(RateLimit.emailKey(HASH, "åsa.öberg@example.se"));
        assertThat(RateLimit.emailKey(HASH, "a@example.se")).isNotEqualTo(RateLimit.emailKey(HASH, "b@example.se"));
    }

    @Test
    void keysHoldNoAddressAndDoNotCollideAcrossKinds() {
        String key = RateLimit.addressKey(HASH, "192.0.2.7");
        assertThat(key).hasSize(64).doesNotContain("192.0.2.7");
        assertThat(key).isNotEqualTo(RateLimit.emailKey(HASH, "192.0.2.7"));
        assertThat(RateLimit.linkKey(HASH, "abc")).isNotEqualTo(RateLimit.addressKey(HASH, "abc"));
    }

    @Test
    void keysDependOnTheSecretSoAGuessedAddressCannotBeHashedToThem() {
        var other = new KeyedHash("another-secret-of-at-least-32-characters");
        assertThat(RateLimit.addressKey(HASH, "192.0.2.7")).isNotEqualTo(RateLimit.addressKey(other, "192.0.2.7"));
    }
}
