package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailSecretsTest {

    @Test
    void aNameWithThePrefixIsRead() {
        System.setProperty("INGANG_MAILBOX_UNIT_TEST", "s3cret");
        try {
            assertThat(MailSecrets.resolve("INGANG_MAILBOX_UNIT_TEST")).contains("s3cret");
        } finally {
            System.clearProperty("INGANG_MAILBOX_UNIT_TEST");
        }
    }

    @Test
    void anyOtherNameIsNeverLookedUpEvenWhenSet() {
        System.setProperty("UNIT_TEST_NOT_A_MAILBOX", "s3cret");
        try {
            assertThat(MailSecrets.resolve("UNIT_TEST_NOT_A_MAILBOX")).isEmpty();
            assertThat(MailSecrets.resolve("PATH")).as("an environment variable every process has").isEmpty();
        } finally {
            System.clearProperty("UNIT_TEST_NOT_A_MAILBOX");
        }
    }
}
