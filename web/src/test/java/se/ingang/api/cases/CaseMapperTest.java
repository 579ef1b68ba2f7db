package se.ingang.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ingang.cases.boundary.CasePage;
import se.ingang.cases.boundary.CustomerMessageResult;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.CustomerMessageEffect;
import se.ingang.cases.entity.Priority;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.organisation.entity.Topic;

class CaseMapperTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T08:15:00Z");

    final Queue frontOffice = new Queue("FO-STUDENT", "Studentservice", QueueKind.FRONT_OFFICE);
    final Queue itSupport = new Queue("BO-IT", "IT-support", QueueKind.BACK_OFFICE);
    final Topic exams = new Topic("EXAMS", "Tentor", frontOffice);
    final Customer customer = new Customer("Sara Lind", "Sara.Lind@Example.org", null, CustomerGroup.STUDENT, RECEIVED);

    Case newCase() {
        return Case.register(CaseNumber.of(2026, 123), Channel.EMAIL, customer, "Kan inte logga in",
                "Jag kommer inte in i tentasystemet.", frontOffice, exams, null, null, RECEIVED, "sara.lind@example.org");
    }

    @Test
    void detailOfANewCaseShowsCodesCustomerAndTimeline() {
        var detail = CaseMapper.toDetail(newCase());

        assertThat(detail.number()).isEqualTo("2026-000123");
        assertThat(detail.version()).isZero();
        assertThat(detail.channel()).isEqualTo(Channel.EMAIL);
        assertThat(detail.subject()).isEqualTo("Kan inte logga in");
        assertThat(detail.type()).isEqualTo(CaseType.SUPPORT);
        assertThat(detail.priority()).isEqualTo(Priority.NORMAL);
        assertThat(detail.status()).isEqualTo(CaseStatus.NEW);
        assertThat(detail.topic()).isEqualTo("EXAMS");
        assertThat(detail.frontOffice()).isEqualTo("FO-STUDENT");
        assertThat(detail.queue()).isEqualTo("FO-STUDENT");
        assertThat(detail.assignee()).isNull();
        assertThat(detail.customerGroup()).isEqualTo(CustomerGroup.STUDENT);
        assertThat(detail.customer()).isEqualTo(
                new CustomerView("Sara Lind", "sara.lind@example.org", null, CustomerGroup.STUDENT));
        assertThat(detail.resolvedAtFirstContact()).isFalse();
        assertThat(detail.receivedAt()).isEqualTo(RECEIVED);
        assertThat(detail.firstResponseAt()).isNull();
        assertThat(detail.resolvedAt()).isNull();
        assertThat(detail.closedAt()).isNull();
        assertThat(detail.followsCase()).isNull();
        assertThat(detail.timeline()).containsExactly(
                new TimelineItem(TimelineEntryKind.INBOUND_MESSAGE, null, "sara.lind@example.org", RECEIVED,
                        "Jag kommer inte in i tentasystemet.", "via EMAIL"),
                new TimelineItem(TimelineEntryKind.EVENT, CaseEvent.REGISTERED, "system", RECEIVED,
                        null, "2026-000123 in FO-STUDENT"));
    }

    @Test
    void aCaseWithoutTopicHasNullTopic() {
        var c = Case.register(CaseNumber.of(2026, 5), Channel.PHONE, customer, "Fråga", "Hej", frontOffice,
                null, CaseType.ORDER, Priority.HIGH, RECEIVED, "agent");

        var detail = CaseMapper.toDetail(c);

        assertThat(detail.topic()).isNull();
        assertThat(detail.type()).isEqualTo(CaseType.ORDER);
        assertThat(detail.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void summaryFollowsTheCaseToItsCurrentQueueAndAssignee() {
        var c = newCase();
        c.routeTo(itSupport, Priority.HIGH, "system", RECEIVED.plusSeconds(60));
        c.assignTo("per", "per", RECEIVED.plusSeconds(120));
        c.trackDueAt(RECEIVED.plusSeconds(3600));

        var summary = CaseMapper.toSummary(c);

        assertThat(summary).isEqualTo(new CaseSummary("2026-000123", 0, "Kan inte logga in", Channel.EMAIL,
                CaseStatus.IN_PROGRESS, Priority.HIGH, "BO-IT", "per", "Sara Lind", RECEIVED, RECEIVED.plusSeconds(3600)));
    }

    @Test
    void resolvedClosedAndFollowedUpCasesShowTheirDatesAndLink() {
        var c = newCase();
        Instant answered = RECEIVED.plus(Duration.ofMinutes(10));
        Instant closed = RECEIVED.plus(Duration.ofDays(14));
        c.resolveAtFirstContact("Prova att byta lösenord.", "anna", answered);
        c.close("system", closed);
        var followUp = Case.followUp(CaseNumber.of(2026, 456), c, "Det fungerar fortfarande inte.",
                closed.plusSeconds(5), "customer");

        var detail = CaseMapper.toDetail(c);
        var followUpDetail = CaseMapper.toDetail(followUp);

        assertThat(detail.resolvedAtFirstContact()).isTrue();
        assertThat(detail.firstResponseAt()).isEqualTo(answered);
        assertThat(detail.resolvedAt()).isEqualTo(answered);
        assertThat(detail.closedAt()).isEqualTo(closed);
        assertThat(detail.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(detail.timeline()).extracting(TimelineItem::kind).contains(TimelineEntryKind.OUTBOUND_MESSAGE);
        assertThat(followUpDetail.number()).isEqualTo("2026-000456");
        assertThat(followUpDetail.followsCase()).isEqualTo("2026-000123");
        assertThat(followUpDetail.timeline()).extracting(TimelineItem::event).contains(CaseEvent.FOLLOW_UP_CASE_OPENED);
    }

    @Test
    void pageKeepsTotalAndPaging() {
        var list = CaseMapper.toList(new CasePage(List.of(newCase()), 41, 1, 20));

        assertThat(list.total()).isEqualTo(41);
        assertThat(list.page()).isEqualTo(1);
        assertThat(list.size()).isEqualTo(20);
        assertThat(list.items()).extracting(CaseSummary::number).containsExactly("2026-000123");
    }

    @Test
    void registerRequestBecomesNewCaseWithEmptyFieldsAsAbsent() {
        var request = new RegisterCaseRequest(Channel.WEB, "Ämne", "Meddelande",
                new CustomerInput("", "a@example.org", " ", CustomerGroup.STAFF), "", "FO-STUDENT",
                CaseType.FEEDBACK, Priority.LOW, " ", " ");

        var contact = CaseMapper.toNewCase(request);

        assertThat(contact.channel()).isEqualTo(Channel.WEB);
        assertThat(contact.subject()).isEqualTo("Ämne");
        assertThat(contact.message()).isEqualTo("Meddelande");
        assertThat(contact.customerName()).isNull();
        assertThat(contact.customerEmail()).isEqualTo("a@example.org");
        assertThat(contact.customerPhone()).isNull();
        assertThat(contact.customerGroup()).isEqualTo(CustomerGroup.STAFF);
        assertThat(contact.topic()).isNull();
        assertThat(contact.frontOffice()).isEqualTo("FO-STUDENT");
        assertThat(contact.type()).isEqualTo(CaseType.FEEDBACK);
        assertThat(contact.priority()).isEqualTo(Priority.LOW);
        assertThat(contact.consentTextVersion()).isNull();
        assertThat(contact.language()).isNull();
    }

    @Test
    void triageRequestBecomesDecision() {
        var request = new TriageRequest(7L, CaseType.FAULT_REPORT, "EXAMS", CustomerGroup.STUDENT, Priority.URGENT,
                TriageDecision.Outcome.ROUTE, "", null, "Ring tillbaka");

        var decision = CaseMapper.toDecision(request);

        assertThat(decision).isEqualTo(new TriageDecision(7, CaseType.FAULT_REPORT, "EXAMS", CustomerGroup.STUDENT,
                Priority.URGENT, TriageDecision.Outcome.ROUTE, null, null, "Ring tillbaka"));
    }

    @Test
    void routingSuggestionAndCustomerMessageOutcome() {
        var c = newCase();
        var detail = CaseMapper.toDetail(c);

        assertThat(CaseMapper.toSuggestion(new RoutingSuggestion("BO-IT", Priority.HIGH)))
                .isEqualTo(new SuggestedRouting("BO-IT", Priority.HIGH));
        assertThat(CaseMapper.toOutcome(new CustomerMessageResult(CustomerMessageEffect.APPENDED, c), detail))
                .isEqualTo(new CustomerMessageOutcome(CustomerMessageEffect.APPENDED, detail));
    }
}
