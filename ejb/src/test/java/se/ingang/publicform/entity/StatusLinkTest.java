package se.ingang.publicform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusLinkTest {

    @Test
    void aLinkWorksUntilItExpires() {
        var created = Instant.parse("2026-12-01T10:00:00Z");
        var link = new StatusLink("hash", null, created, created.plus(Duration.ofDays(365)));

        assertThat(link.isValidAt(created)).isTrue();
        assertThat(link.isValidAt(created.plus(Duration.ofDays(364)))).isTrue();
        assertThat(link.isValidAt(created.plus(Duration.ofDays(365)))).isFalse();
        assertThat(link.isValidAt(created.plus(Duration.ofDays(400)))).isFalse();
    }
}
