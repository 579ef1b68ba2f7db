package se.ingang.mail.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ingang.mail.entity.MailKind;
import se.ingang.platform.errors.InvalidInputException;

class NoiseSearchWordsTest {

    @Test
    void searchWordsAreWordsNotPatterns() {
        assertThat(MailArchive.contains(" Brev ")).isEqualTo("%brev%");
        assertThat(MailArchive.contains("100%")).isEqualTo("%100!%%");
        assertThat(MailArchive.contains("a_b")).isEqualTo("%a!_b%");
        assertThat(MailArchive.contains("wow!")).isEqualTo("%wow!!%");
        assertThat(MailArchive.contains("c:\\x")).isEqualTo("%c:\\x%");
    }

    @Test
    void onlyNoiseKindsAndShortWordsAreAccepted() {
        assertThatThrownBy(() -> new NoiseQuery(MailKind.CUSTOMER, null, null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NoiseQuery(null, "x".repeat(201), null, null, null)).isInstanceOf(InvalidInputException.class);
        var blank = new NoiseQuery(MailKind.BULK, "  ", "", null, null);
        assertThat(blank.sender()).isNull();
        assertThat(blank.subject()).isNull();
    }
}
