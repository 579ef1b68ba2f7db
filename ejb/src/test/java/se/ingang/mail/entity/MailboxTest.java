package se.ingang.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.InvalidInputException;

class MailboxTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Mailbox mailbox(int pollSeconds) {
        var m = new Mailbox("support", T0);
        m.configure("Support@Ingang.test", "imap.example.org", 993, MailboxSecurity.IMAPS, "support", "INGANG_MAILBOX_SUPPORT",
                null, "fo-registry", pollSeconds, true);
        return m;
    }

    @Test
    void theSecretIsANameNeverAPassword() {
        assertThatThrownBy(() -> new Mailbox("x", T0).configure("a@b", "h", 993, MailboxSecurity.IMAPS, "u",
                "hunter2 with spaces!", null, "fo", 60, true)).isInstanceOf(InvalidInputException.class);
        assertThat(mailbox(60).getFolder()).isEqualTo("INBOX");
        assertThat(mailbox(60).getSecretName()).isEqualTo("INGANG_MAILBOX_SUPPORT");
    }

    @Test
    void theSecretNamesOnlyAMailboxVariable() {
        for (String other : new String[] {"INGANG_DB_PASSWORD", "JAVA_HOME", "ingang_mailbox_x", "INGANG_MAILBOX_", "XINGANG_MAILBOX_A"}) {
            assertThatThrownBy(() -> new Mailbox("x", T0).configure("a@b", "h", 993, MailboxSecurity.IMAPS, "u",
                    other, null, "fo", 60, true)).as(other).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("INGANG_MAILBOX_");
        }
        assertThat(mailbox(60).getAddress()).isEqualTo("support@ingang.test");
    }

    @Test
    void dueWhenTheIntervalHasPassedSinceTheLastAttempt() {
        var m = mailbox(60);
        assertThat(m.isDue(T0)).isTrue();
        m.fetched(T0);
        assertThat(m.isDue(T0.plusSeconds(59))).isFalse();
        assertThat(m.isDue(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void staleWhenSilentLongerThanItsIntervalAllows() {
        var m = mailbox(60);
        assertThat(m.isStale(T0.plusSeconds(200))).as("new, within grace").isFalse();
        m.fetched(T0);
        assertThat(m.isStale(T0.plusSeconds(210))).isFalse();
        assertThat(m.isStale(T0.plusSeconds(211))).isTrue();
        var failing = mailbox(60);
        failing.failed(T0, "connection refused");
        assertThat(failing.isStale(T0)).as("never read successfully").isTrue();
    }
}
