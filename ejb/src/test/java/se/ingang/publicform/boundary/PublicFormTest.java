package se.ingang.publicform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicFormTest {

    @Test
    void topicNamesAreShownInTheCustomersLanguage() {
        assertThat(PublicForm.nameIn("Examensbevis / Degree certificates", "sv")).isEqualTo("Examensbevis");
        assertThat(PublicForm.nameIn("Examensbevis / Degree certificates", "en")).isEqualTo("Degree certificates");
        assertThat(PublicForm.nameIn("Övrigt", "en")).isEqualTo("Övrigt");
    }

    @Test
    void theStatusPathCarriesTheToken() {
        assertThat(new Receipt("2026-000123", "abc", true).statusPath()).isEqualTo("/status/abc");
    }
}
