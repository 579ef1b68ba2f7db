package se.ingang.consultations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;

class ConsultationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Queue frontOffice = new Queue("fo-study", "Study services", QueueKind.FRONT_OFFICE);
    private final Queue admissions = new Queue("admissions", "Admissions", QueueKind.BACK_OFFICE);
    private final Queue finance = new Queue("finance", "Finance", QueueKind.BACK_OFFICE);
    private final Customer customer = new Customer("Åsa Öberg", "asa@example.se", null, CustomerGroup.STUDENT, NOW);

    private Case inAdmissions() {
        var c = Case.register(CaseNumber.of(2026, 7), Channel.EMAIL, customer, "Antagning", "Hej!",
                frontOffice, null, null, null, NOW, "kund");
        c.routeTo(admissions, null, "system", NOW);
        return c;
    }

    @Test
    void anOpenConsultationIsAnsweredOnce() {
        var k = Consultation.ask(inAdmissions(), finance, "  Har hon betalat?  ", "david", NOW);
        assertThat(k.getQuestion()).isEqualTo("Har hon betalat?");
        assertThat(k.isOpen()).isTrue();

        k.answer("Ja.", "eva", NOW.plusSeconds(60));

        assertThat(k.getStatus()).isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(k.getAnsweredBy()).isEqualTo("eva");
        assertThat(k.getEndedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> k.answer("Igen", "eva", NOW)).isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> k.withdraw(NOW)).isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void erasureRemovesTheTextsButKeepsWhoAndWhen() {
        var k = Consultation.ask(inAdmissions(), finance, "Har Åsa betalat?", "david", NOW);
        k.erasePersonalData();
        assertThat(k.getQuestion()).isEqualTo(Case.ERASED);
        assertThat(k.getAnswer()).isNull();
        k.answer("Åsa har betalat.", "eva", NOW);
        k.erasePersonalData();
        assertThat(k.getAnswer()).isEqualTo(Case.ERASED);
        assertThat(k.getAnsweredBy()).isEqualTo("eva");
        assertThat(k.getAskedBy()).isEqualTo("david");
    }

    @Test
    void aWithdrawnConsultationCannotBeAnswered() {
        var k = Consultation.ask(inAdmissions(), finance, "Fråga", "david", NOW);
        k.withdraw(NOW);
        assertThat(k.getStatus()).isEqualTo(ConsultationStatus.WITHDRAWN);
        assertThatThrownBy(() -> k.answer("Svar", "eva", NOW)).isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void theCasesOwnGroupAFrontOfficeOrABlankQuestionAreRefused() {
        var c = inAdmissions();
        assertThatThrownBy(() -> Consultation.ask(c, admissions, "Fråga", "david", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Consultation.ask(c, frontOffice, "Fråga", "david", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Consultation.ask(c, finance, " ", "david", NOW)).isInstanceOf(InvalidInputException.class);
        var k = Consultation.ask(c, finance, "Fråga", "david", NOW);
        assertThatThrownBy(() -> k.answer("", "eva", NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aClosedCaseCannotBeConsultedAbout() {
        var c = Case.register(CaseNumber.of(2026, 8), Channel.EMAIL, customer, "s", "m", frontOffice, null, null, null, NOW, "kund");
        c.resolveAtFirstContact("Svar", "anna", NOW);
        assertThatThrownBy(() -> Consultation.ask(c, finance, "Fråga", "anna", NOW)).isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void theCaseRecordsConsultationEventsWithTheirText_andNoOtherEventsThisWay() {
        var c = inAdmissions();
        c.recordConsultation(CaseEvent.CONSULTATION_ANSWERED, "Ja.", "consultation 1 with finance", "eva", NOW);
        var entry = c.getTimeline().get(c.getTimeline().size() - 1);
        assertThat(entry.getKind()).isEqualTo(TimelineEntryKind.EVENT);
        assertThat(entry.getBody()).isEqualTo("Ja.");
        assertThat(entry.getDetail()).isEqualTo("consultation 1 with finance");
        assertThatThrownBy(() -> c.recordConsultation(CaseEvent.RESOLVED, "x", null, "eva", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
