package se.ingang.answers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerTemplateTest {

    @Test
    void placeholdersAreFilled() {
        var rendered = AnswerTemplate.render("Hej {customerName}! Ditt ärende {caseNumber} är klart. /{agentName}",
                Map.of("customerName", "Åsa Öberg", "caseNumber", "2026-000123", "agentName", "Anna Agent"));
        assertThat(rendered.text()).isEqualTo("Hej Åsa Öberg! Ditt ärende 2026-000123 är klart. /Anna Agent");
        assertThat(rendered.unresolved()).isEmpty();
    }

    @Test
    void aPlaceholderWithoutValueStaysAndIsListedOnce() {
        var rendered = AnswerTemplate.render("Dear {customerName}, {customerName} {unknownThing}",
                Map.of("customerName", ""));
        assertThat(rendered.text()).isEqualTo("Dear {customerName}, {customerName} {unknownThing}");
        assertThat(rendered.unresolved()).containsExactly("customerName", "unknownThing");
    }

    @Test
    void valuesWithDollarsAndBackslashesAreTakenLiterally_andOtherBracesAreLeftAlone() {
        var rendered = AnswerTemplate.render("{caseSubject} { not one } {}", Map.of("caseSubject", "Kostar $5 \\ 10 kr"));
        assertThat(rendered.text()).isEqualTo("Kostar $5 \\ 10 kr { not one } {}");
    }
}
