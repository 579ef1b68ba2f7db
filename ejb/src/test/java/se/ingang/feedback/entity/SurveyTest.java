package se.ingang.feedback.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;

class SurveyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static Survey survey() {
        return new Survey(1L, "2026-000001", "t".repeat(43), "kund@example.se", NOW);
    }

    @Test
    void anAnswerIsRecordedOnce() {
        var s = survey();
        s.answer(5, "  Tack!  ", NOW);
        assertThat(s.getScore()).isEqualTo(5);
        assertThat(s.getComment()).isEqualTo("Tack!");
        assertThat(s.getAnsweredAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> s.answer(1, null, NOW)).isInstanceOf(ActionNotAllowedException.class);
        assertThat(s.getScore()).isEqualTo(5);
    }

    @Test
    void scoresOutsideOneToFiveAndOverlongCommentsAreRefused() {
        var s = survey();
        assertThatThrownBy(() -> s.answer(0, null, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> s.answer(6, null, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> s.answer(3, "x".repeat(Survey.MAX_COMMENT + 1), NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(s.getAnsweredAt()).isNull();
        s.answer(3, " ", NOW);
        assertThat(s.getComment()).isNull();
    }

    @Test
    void erasureKeepsTheScoreForStatistics() {
        var s = survey();
        s.answer(2, "Jag heter Åsa och fick vänta", NOW);
        s.erasePersonalData();
        assertThat(s.getScore()).isEqualTo(2);
        assertThat(s.getComment()).isNull();
        assertThat(s.getRecipient()).isEmpty();
    }
}
