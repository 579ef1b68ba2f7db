package se.ingang.web.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ingang.publicform.control.FormError;

class PageErrorsTest {

    private final PageErrors errors = new PageErrors("f");

    @Test
    void fieldErrorsAreWordedInThePagesLanguageAndLinkToTheirFields() {
        errors.add(List.of(FormError.of("name", "error.name.required"),
                FormError.of("attachments", "error.attachments.fileTooLarge", "betyg.pdf", 4L)),
                PublicLanguage.texts(Locale.forLanguageTag("sv")), Locale.forLanguageTag("sv"));

        assertThat(errors.isAny()).isTrue();
        assertThat(errors.text("name")).isEqualTo("Skriv ditt namn.");
        assertThat(errors.text("attachments")).isEqualTo("Filen betyg.pdf är för stor. Varje fil får vara högst 4 MB.");
        assertThat(errors.getLines()).extracting(PageErrors.Line::fieldId).containsExactly("f:name", "f:attachments");
    }

    @Test
    void englishTextsComeFromTheEnglishBundle() {
        errors.add(List.of(FormError.of("consent", "error.consent.required")), PublicLanguage.texts(Locale.ENGLISH),
                Locale.ENGLISH);
        assertThat(errors.text("consent")).startsWith("You need to consent");
    }

    @Test
    void aFieldIsDescribedByItsHintAndByItsErrorOnlyWhenItHasOne() {
        assertThat(errors.describedBy("email", "email-hint")).isEqualTo("f:email-hint");
        assertThat(errors.describedBy("name", null)).isNull();
        errors.add(List.of(FormError.of("email", "error.email.invalid")), PublicLanguage.texts(Locale.ENGLISH),
                Locale.ENGLISH);
        assertThat(errors.describedBy("email", "email-hint")).isEqualTo("f:email-hint f:email-error");
    }

    @Test
    void generalErrorsComeFirstAndNotesLast() {
        errors.addNote("Choose your files again.");
        errors.add(List.of(FormError.of("name", "error.name.required")), PublicLanguage.texts(Locale.ENGLISH),
                Locale.ENGLISH);
        errors.addGeneral("Too many posts.");
        assertThat(errors.getLines()).extracting(PageErrors.Line::text)
                .containsExactly("Too many posts.", "Write your name.", "Choose your files again.");
    }

    @Test
    void everyErrorKeyOfTheRulesHasATextInBothLanguages() {
        for (var locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            var texts = PublicLanguage.texts(locale);
            for (String key : List.of("error.customerGroup.required", "error.type.required", "error.choice.invalid",
                    "error.subject.required", "error.message.required", "error.name.required", "error.reply.required",
                    "error.text.tooLong", "error.contact.required", "error.email.invalid", "error.phone.invalid",
                    "error.consent.required", "error.consent.outdated", "error.attachments.tooMany",
                    "error.attachments.fileTooLarge", "error.attachments.totalTooLarge", "error.tooMany",
                    "error.automated", "privacy.text.integritet-2026-1")) {
                assertThat(texts.containsKey(key)).as(locale + " " + key).isTrue();
            }
        }
    }
}
