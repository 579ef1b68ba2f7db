package se.ingang.publicform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormRulesTest {

    private static final String VERSION = "integritet-2026-1";
    private static final FormLimits LIMITS = new FormLimits(2, 1000, 1500, 5, 30, Duration.ofHours(1));

    @Test
    void aCompleteFormHasNoErrors() {
        assertThat(FormRules.check(valid(), VERSION, LIMITS)).isEmpty();
    }

    @Test
    void everyMissingFieldIsReportedAtOnceInTheOrderOfThePage() {
        var empty = new WebFormInput(null, " ", null, "", null, null, null, null, false, VERSION, null, "sv", null);

        assertThat(FormRules.check(empty, VERSION, LIMITS)).extracting(FormError::field, FormError::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("customerGroup", "error.customerGroup.required"),
                org.assertj.core.groups.Tuple.tuple("type", "error.type.required"),
                org.assertj.core.groups.Tuple.tuple("subject", "error.subject.required"),
                org.assertj.core.groups.Tuple.tuple("message", "error.message.required"),
                org.assertj.core.groups.Tuple.tuple("name", "error.name.required"),
                org.assertj.core.groups.Tuple.tuple("email", "error.contact.required"),
                org.assertj.core.groups.Tuple.tuple("consent", "error.consent.required"));
    }

    @Test
    void aPhoneNumberAloneIsEnoughContact() {
        var byPhone = with(valid(), null, "070-123 45 67");
        assertThat(FormRules.check(byPhone, VERSION, LIMITS)).isEmpty();
    }

    @Test
    void malformedAddressesAndNumbersAreExplained() {
        var wrong = with(valid(), "åsa.öberg(at)example.se", "ring mig");
        assertThat(FormRules.check(wrong, VERSION, LIMITS)).extracting(FormError::key)
                .containsExactly("error.email.invalid", "error.phone.invalid");
    }

    @Test
    void unknownChoicesAndTooLongTextsAreRefused() {
        var input = new WebFormInput("ALIEN", "SUPPORT", null, "x".repeat(FormLimits.MAX_SUBJECT + 1), "Hej",
                "Åsa Öberg", "asa@example.se", null, true, VERSION, null, "sv", List.of());
        var errors = FormRules.check(input, VERSION, LIMITS);
        assertThat(errors).extracting(FormError::field).containsExactly("customerGroup", "subject");
        assertThat(errors.get(1).arguments()).containsExactly(FormLimits.MAX_SUBJECT);
    }

    /** CALLBACK is the system's type for missed calls; a posted one is refused like any unknown choice. */
    @Test
    void theCallbackTypeCannotBeChosen() {
        var input = new WebFormInput("STUDENT", "callback", null, "Rubrik", "Hej", "Åsa", "asa@example.se", null, true,
                VERSION, null, "sv", List.of());
        assertThat(FormRules.check(input, VERSION, LIMITS)).extracting(FormError::field, FormError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("type", "error.choice.invalid"));
    }

    @Test
    void consentToAnOlderPrivacyTextDoesNotCount() {
        var input = new WebFormInput("STUDENT", "SUPPORT", null, "Rubrik", "Hej", "Åsa", "asa@example.se", null, true,
                "integritet-2025-1", null, "sv", List.of());
        assertThat(FormRules.check(input, VERSION, LIMITS)).extracting(FormError::key)
                .containsExactly("error.consent.outdated");
    }

    @Test
    void aFileOverTheLimitIsNamedAndItsContentNeverRead() {
        var big = new Upload("C:\\fakepath\\betyg.pdf", "application/pdf", 1001, () -> {
            throw new AssertionError("an oversize file must not be read");
        });
        var errors = FormRules.check(withUploads(big), VERSION, LIMITS);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("attachments");
            assertThat(e.key()).isEqualTo("error.attachments.fileTooLarge");
            assertThat(e.arguments().get(0)).isEqualTo("betyg.pdf");
        });
    }

    @Test
    void filesTogetherOverTheTotalAreRefused() {
        var errors = FormRules.check(withUploads(file("a.txt", 800), file("b.txt", 800)), VERSION, LIMITS);
        assertThat(errors).extracting(FormError::key).containsExactly("error.attachments.totalTooLarge");
    }

    @Test
    void tooManyFilesAreRefusedAndEmptyPartsDoNotCount() {
        var empty = new Upload("", "application/octet-stream", 0, () -> new byte[0]);
        assertThat(FormRules.check(withUploads(file("a", 1), empty, file("b", 1)), VERSION, LIMITS)).isEmpty();
        assertThat(FormRules.check(withUploads(file("a", 1), file("b", 1), file("c", 1)), VERSION, LIMITS))
                .extracting(FormError::key).containsExactly("error.attachments.tooMany");
    }

    @Test
    void theHoneypotTellsARobot() {
        assertThat(FormRules.looksAutomated(valid())).isFalse();
        var robot = new WebFormInput("STUDENT", "SUPPORT", null, "s", "m", "n", "a@b.se", null, true, VERSION,
                "http://spam.example", "sv", List.of());
        assertThat(FormRules.looksAutomated(robot)).isTrue();
    }

    @Test
    void aReplyNeedsTextAndObeysTheFileLimits() {
        assertThat(FormRules.checkReply(" ", List.of(), LIMITS)).extracting(FormError::key)
                .containsExactly("error.reply.required");
        assertThat(FormRules.checkReply("Tack, här är intyget.", List.of(file("intyg.pdf", 2000)), LIMITS))
                .extracting(FormError::field).containsExactly("replyAttachments");
        assertThat(FormRules.checkReply("Tack!", List.of(), LIMITS)).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPath() {
        assertThat(file("/home/åsa/Intyg ö.pdf", 1).safeFileName()).isEqualTo("Intyg ö.pdf");
        assertThat(file("", 3).safeFileName()).isEqualTo("bilaga");
    }

    private static WebFormInput valid() {
        return new WebFormInput("STUDENT", "SUPPORT", "degree", "Examensbevis", "Hej! När kommer mitt bevis?",
                "Åsa Öberg", "asa@example.se", null, true, VERSION, "", "sv", List.of());
    }

    private static WebFormInput with(WebFormInput i, String email, String phone) {
        return new WebFormInput(i.customerGroup(), i.type(), i.topic(), i.subject(), i.message(), i.name(), email, phone,
                i.consent(), i.consentTextVersion(), i.website(), i.language(), i.uploads());
    }

    private static WebFormInput withUploads(Upload... uploads) {
        var i = valid();
        return new WebFormInput(i.customerGroup(), i.type(), i.topic(), i.subject(), i.message(), i.name(), i.email(),
                i.phone(), i.consent(), i.consentTextVersion(), i.website(), i.language(), List.of(uploads));
    }

    private static Upload file(String name, long size) {
        return new Upload(name, "text/plain", size, () -> new byte[(int) size]);
    }
}
