package se.ingang.notes.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseNotesTest {

    @Test
    void theNoteSaysWhomItNotifiedAndWhichMentionsNamedNobody() {
        assertThat(CaseNotes.detail(List.of("anna", "finance"), List.of("bob")))
                .isEqualTo("notified: @anna, @finance; unknown mentions: @bob");
        assertThat(CaseNotes.detail(List.of(), List.of("bob"))).isEqualTo("unknown mentions: @bob");
    }

    @Test
    void aNoteWithoutMentionsHasNoDetail() {
        assertThat(CaseNotes.detail(List.of(), List.of())).isNull();
    }
}
