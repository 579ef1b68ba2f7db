package se.ingang.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ViewersTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Viewers viewers = new Viewers(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void othersWhoHaveTheCaseOpenAreListedButNotMyself() {
        viewers.heartbeat("2026-000001", "anna");
        viewers.heartbeat("2026-000001", "bertil");
        viewers.heartbeat("2026-000002", "cecilia");

        assertThat(viewers.othersViewing("2026-000001", "anna")).containsExactly("bertil");
        assertThat(viewers.othersViewing("2026-000001", "david")).containsExactly("anna", "bertil");
        assertThat(viewers.othersViewing("2026-000003", "anna")).isEmpty();
    }

    @Test
    void aViewerWithoutARecentHeartbeatIsGone() {
        viewers.heartbeat("2026-000001", "bertil");
        now = now.plus(Viewers.EXPIRY).minusSeconds(1);
        assertThat(viewers.othersViewing("2026-000001", "anna")).containsExactly("bertil");

        now = now.plus(Duration.ofSeconds(2));
        assertThat(viewers.othersViewing("2026-000001", "anna")).isEmpty();
    }

    @Test
    void aHeartbeatKeepsTheViewerAndLeavingRemovesThem() {
        viewers.heartbeat("2026-000001", "bertil");
        now = now.plus(Viewers.EXPIRY.minusSeconds(5));
        viewers.heartbeat("2026-000001", "bertil");
        now = now.plus(Duration.ofSeconds(10));
        assertThat(viewers.othersViewing("2026-000001", "anna")).containsExactly("bertil");

        viewers.left("2026-000001", "bertil");
        assertThat(viewers.othersViewing("2026-000001", "anna")).isEmpty();
    }
}
