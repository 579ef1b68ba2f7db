package se.ingang.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

class CaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Queue frontOffice = new Queue("fo-study", "Study services", QueueKind.FRONT_OFFICE);
    private final Queue admissions = new Queue("admissions", "Admissions", QueueKind.BACK_OFFICE);
    private final Queue finance = new Queue("finance", "Finance", QueueKind.BACK_OFFICE);
    private final Customer customer = new Customer("Åsa Öberg", "Asa@Example.se", null, CustomerGroup.STUDENT, NOW);

    private Case newCase() {
        return Case.register(CaseNumber.of(2026, 1), Channel.EMAIL, customer, "Antagning", "Hej!",
                frontOffice, null, null, null, NOW, "customer");
    }

    @Test
    void aNewCaseWaitsInItsFrontOfficeWithTheMessageOnTheTimeline() {
        var c = newCase();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(c.getQueue()).isSameAs(frontOffice);
        assertThat(c.getType()).isEqualTo(CaseType.SUPPORT);
        assertThat(c.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(c.getCustomerGroup()).isEqualTo(CustomerGroup.STUDENT);
        assertThat(c.getTimeline()).extracting(TimelineEntry::getKind)
                .containsExactly(TimelineEntryKind.INBOUND_MESSAGE, TimelineEntryKind.EVENT);
        assertThat(customer.getEmail()).isEqualTo("asa@example.se");
    }

    @Test
    void aCaseCannotBeRegisteredInABackOfficeGroup() {
        assertThatThrownBy(() -> Case.register(CaseNumber.of(2026, 1), Channel.WEB, customer, "s", "m",
                admissions, null, null, null, NOW, "customer")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void resolvingAtFirstContactNeedsAReplyAndCountsAsFirstContactResolution() {
        var c = newCase();
        assertThatThrownBy(() -> c.resolveAtFirstContact(" ", "anna", NOW)).isInstanceOf(InvalidInputException.class);

        c.resolveAtFirstContact("Svar", "anna", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.isResolvedAtFirstContact()).isTrue();
        assertThat(c.getFirstResponseAt()).isEqualTo(NOW);
        assertThat(c.getResolvedAt()).isEqualTo(NOW);
    }

    @Test
    void routingMovesTheCaseToTheGroupAndMayRaiseButNeverLowerPriority() {
        var c = newCase();
        c.routeTo(admissions, Priority.HIGH, "system", NOW);
        assertThat(c.getQueue()).isSameAs(admissions);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.getPriority()).isEqualTo(Priority.HIGH);

        var other = newCase();
        other.categorise(null, null, null, Priority.URGENT, "anna", NOW);
        other.routeTo(admissions, Priority.LOW, "system", NOW);
        assertThat(other.getPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void routingToAFrontOfficeProfileIsRefused() {
        assertThatThrownBy(() -> newCase().routeTo(frontOffice, null, "system", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void transferKeepsTheCaseAndRecordsWhereItWent() {
        var c = newCase();
        c.routeTo(admissions, null, "system", NOW);
        c.assignTo("david", "david", NOW);

        c.transferTo(finance, "Gäller avgiften", "david", NOW);

        assertThat(c.getQueue()).isSameAs(finance);
        assertThat(c.getAssignee()).isNull();
        assertThat(c.getRoutedCount()).isEqualTo(2);
        assertThat(events(c)).containsSubsequence(CaseEvent.REGISTERED, CaseEvent.ROUTED, CaseEvent.ASSIGNED, CaseEvent.TRANSFERRED);
        assertThatThrownBy(() -> c.transferTo(finance, null, "eva", NOW)).isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void resolvingRequiresThatTheCustomersLastMessageHasAnAnswer() {
        var c = newCase();
        c.routeTo(admissions, null, "system", NOW);
        assertThatThrownBy(() -> c.resolve(null, "david", NOW)).isInstanceOf(InvalidInputException.class);

        c.reply("Svar", "david", NOW);
        c.resolve(null, "david", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.isResolvedAtFirstContact()).isFalse();
    }

    @Test
    void aCustomerAnswerResumesAWaitingCase() {
        var c = newCase();
        c.routeTo(admissions, null, "system", NOW);
        c.askCustomer("Vilket program?", "david", NOW);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.WAITING_FOR_CUSTOMER);

        assertThat(c.receiveCustomerMessage("Master i statistik", "customer", NOW)).isEqualTo(CustomerMessageEffect.RESUMED);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void aCustomerReplyReopensAResolvedCaseWhereItWasLastHandled() {
        var backOffice = newCase();
        backOffice.routeTo(admissions, null, "system", NOW);
        backOffice.resolve("Svar", "david", NOW);
        assertThat(backOffice.receiveCustomerMessage("Men…", "customer", NOW)).isEqualTo(CustomerMessageEffect.REOPENED);
        assertThat(backOffice.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(backOffice.getResolvedAt()).isNull();

        var frontOfficeCase = newCase();
        frontOfficeCase.resolveAtFirstContact("Svar", "anna", NOW);
        frontOfficeCase.receiveCustomerMessage("Men…", "customer", NOW);
        assertThat(frontOfficeCase.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(frontOfficeCase.isResolvedAtFirstContact()).isFalse();
    }

    @Test
    void closingIsOnlyForResolvedCasesAndHappensOnce() {
        var c = newCase();
        assertThatThrownBy(() -> c.close("anna", NOW)).isInstanceOf(ActionNotAllowedException.class);
        c.resolveAtFirstContact("Svar", "anna", NOW);

        assertThat(c.close("system", NOW)).isTrue();
        assertThat(c.close("system", NOW)).isFalse();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> c.receiveCustomerMessage("Hej igen", "customer", NOW))
                .isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void aFollowUpCaseLinksToTheClosedOne() {
        var closed = newCase();
        closed.resolveAtFirstContact("Svar", "anna", NOW);
        closed.close("system", NOW);

        var followUp = Case.followUp(CaseNumber.of(2026, 2), closed, "Hej igen", NOW, "customer");

        assertThat(followUp.getFollows()).isSameAs(closed);
        assertThat(followUp.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(events(followUp)).contains(CaseEvent.FOLLOW_UP_CASE_OPENED);
    }

    @Test
    void erasureRemovesTheCustomersWordsAndKeepsTheFacts() {
        var c = newCase();
        c.addNote("Åsa ringde och var arg", "anna", NOW);
        c.routeTo(admissions, null, "system", NOW);

        c.erasePersonalData("admin", NOW);
        customer.erase(NOW);

        assertThat(c.getSubject()).isEqualTo(Case.ERASED);
        assertThat(c.getTimeline()).allSatisfy(entry -> assertThat(entry.getBody()).isNull());
        assertThat(events(c)).containsSubsequence(CaseEvent.REGISTERED, CaseEvent.ROUTED, CaseEvent.PERSONAL_DATA_ERASED);
        assertThat(c.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(c.getReceivedAt()).isEqualTo(NOW);
        assertThat(c.getQueue()).isSameAs(admissions);
        assertThat(customer.getName()).isNull();
        assertThat(customer.getEmail()).isNull();
        assertThat(customer.getGroup()).isEqualTo(CustomerGroup.STUDENT);
        assertThat(customer.getErasedAt()).isEqualTo(NOW);
    }

    @Test
    void aStaleVersionIsRefused() {
        var c = newCase();
        c.expectVersion(0);
        assertThatThrownBy(() -> c.expectVersion(1)).isInstanceOf(StaleVersionException.class);
    }

    /** Issue 18, item 1: CALLBACK is the system's type; neither a new contact nor triage may choose it. */
    @Test
    void nobodyChoosesTheCallbackType() {
        assertThatThrownBy(() -> Case.register(CaseNumber.of(2026, 1), Channel.WEB, customer, "s", "m",
                frontOffice, null, CaseType.CALLBACK, null, NOW, "customer"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("type");
        var c = newCase();
        assertThatThrownBy(() -> c.categorise(CaseType.CALLBACK, null, null, null, "anna", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(c.getType()).isEqualTo(CaseType.SUPPORT);
        assertThat(CaseType.choosable()).containsExactly(CaseType.ORDER, CaseType.SUPPORT, CaseType.FAULT_REPORT,
                CaseType.FEEDBACK);
    }

    /** Issue 18, item 2: a callback case was received when the call was missed; its registration when we learnt of it. */
    @Test
    void aCallbackCaseIsReceivedWhenTheCallWasMissed() {
        var missedAt = NOW.minusSeconds(3 * 3600);

        var c = Case.registerCallback(CaseNumber.of(2026, 3), customer, "Ring tillbaka", "Missat samtal", frontOffice,
                missedAt, NOW, "telephony", "the call log");

        assertThat(c.getType()).isEqualTo(CaseType.CALLBACK);
        assertThat(c.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(c.getReceivedAt()).isEqualTo(missedAt);
        assertThat(c.getTimeline()).extracting(TimelineEntry::getKind, TimelineEntry::getOccurredAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TimelineEntryKind.INBOUND_MESSAGE, missedAt),
                org.assertj.core.groups.Tuple.tuple(TimelineEntryKind.EVENT, NOW));
        assertThat(c.getTimeline().get(1).getDetail()).endsWith("from the call log");
        // Keep the triage of a callback case working: its own type is no change.
        c.categorise(CaseType.CALLBACK, null, null, null, "anna", NOW);
        assertThat(c.getType()).isEqualTo(CaseType.CALLBACK);
        // A clock ahead of the telephone system never puts the case in the future.
        assertThat(Case.registerCallback(CaseNumber.of(2026, 4), customer, "s", "m", frontOffice, NOW.plusSeconds(60),
                NOW, "telephony", "a CTI event").getReceivedAt()).isEqualTo(NOW);
    }

    /** Issue 18, item 11: the priority a breach raises is on the timeline, once. */
    @Test
    void anEscalationIsOnTheTimelineWithTheOldAndNewPriority() {
        var c = newCase();

        assertThat(c.escalate("First response breached", "system", NOW)).isTrue();
        assertThat(c.escalate("Resolution breached", "system", NOW)).isFalse();

        assertThat(c.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(c.getTimeline()).filteredOn(e -> e.getEvent() == CaseEvent.PRIORITY_RAISED)
                .singleElement().extracting(TimelineEntry::getDetail).isEqualTo("NORMAL → HIGH: First response breached");
    }

    private static List<CaseEvent> events(Case c) {
        return c.getTimeline().stream().map(TimelineEntry::getEvent).filter(e -> e != null).toList();
    }
}
