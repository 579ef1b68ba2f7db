package se.ingang.answers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

class CannedAnswerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void tagsAreTrimmedLowerCasedAndUnique() {
        var answer = new CannedAnswer(" Wifi ", "Välj eduroam.", AnswerLanguage.SV, null,
                Arrays.asList(" WiFi", "eduroam", "wifi", " ", null), "greta", NOW);
        assertThat(answer.getTags()).containsExactly("wifi", "eduroam");
        assertThat(answer.getTitle()).isEqualTo("Wifi");
    }

    @Test
    void titleBodyAndLanguageAreRequired() {
        assertThatThrownBy(() -> new CannedAnswer(" ", "b", AnswerLanguage.SV, null, List.of(), "g", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new CannedAnswer("t", null, AnswerLanguage.SV, null, List.of(), "g", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> new CannedAnswer("t", "b", null, null, List.of(), "g", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> new CannedAnswer("t", "b", AnswerLanguage.EN, null, List.of("a,b"), "g", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tags");
    }

    @Test
    void languageCodesAreSvAndEn() {
        assertThat(AnswerLanguage.of(" SV")).isEqualTo(AnswerLanguage.SV);
        assertThat(AnswerLanguage.EN.code()).isEqualTo("en");
        assertThatThrownBy(() -> AnswerLanguage.of("de")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStaleVersionIsRefused() {
        var answer = new CannedAnswer("t", "b", AnswerLanguage.EN, null, List.of(), "g", NOW);
        assertThatThrownBy(() -> answer.expectVersion(3)).isInstanceOf(StaleVersionException.class);
    }
}
