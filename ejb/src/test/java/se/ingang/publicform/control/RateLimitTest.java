package se.ingang.publicform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void allowsPostsUpToTheLimitInTheWindow() {
        assertThat(RateLimit.allows(0, 5)).isTrue();
        assertThat(RateLimit.allows(4, 5)).isTrue();
        assertThat(RateLimit.allows(5, 5)).isFalse();
    }

    @Test
    void oneAddressIsOneSenderWhateverItsCase() {
        assertThat(RateLimit.emailKey(" Åsa.Öberg@Example.SE ")).isEqualTo(RateLimit.emailKey("åsa.öberg@example.se"));
        assertThat(RateLimit.emailKey("a@example.se")).isNotEqualTo(RateLimit.emailKey("b@example.se"));
    }

    @Test
    void keysHoldNoAddressAndDoNotCollideAcrossKinds() {
        String key = RateLimit.addressKey("192.0.2.7");
        assertThat(key).hasSize(64).doesNotContain("192.0.2.7");
        assertThat(key).isNotEqualTo(RateLimit.emailKey("192.0.2.7"));
        assertThat(RateLimit.linkKey("abc")).isNotEqualTo(RateLimit.addressKey("abc"));
    }
}
