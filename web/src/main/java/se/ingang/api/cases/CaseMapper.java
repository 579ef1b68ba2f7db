package se.ingang.api.cases;

import java.util.List;
import se.ingang.cases.boundary.CasePage;
import se.ingang.cases.boundary.CustomerMessageResult;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.TimelineEntry;
import se.ingang.customers.entity.Customer;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;

/**
 * JSON ⇄ domain, and nothing else: entities never leave the API as they are, so the JSON
 * stays stable when the entities change and lazy associations are never serialised by accident.
 */
public final class CaseMapper {

    private CaseMapper() {
    }

    public static NewCase toNewCase(RegisterCaseRequest request) {
        var customer = request.customer();
        return new NewCase(request.channel(), request.subject(), request.message(),
                blankToNull(customer.name()), blankToNull(customer.email()), blankToNull(customer.phone()),
                customer.group(), blankToNull(request.topic()), blankToNull(request.frontOffice()),
                request.type(), request.priority(), blankToNull(request.consentTextVersion()),
                blankToNull(request.language()));
    }

    /** Validation has made sure the version is there before we unbox it. */
    public static TriageDecision toDecision(TriageRequest request) {
        return new TriageDecision(request.version(), request.type(), blankToNull(request.topic()),
                request.customerGroup(), request.priority(), request.outcome(), blankToNull(request.group()),
                request.reply(), request.note());
    }

    public static CaseDetail toDetail(Case c) {
        Customer customer = c.getCustomer();
        return new CaseDetail(c.getId(), c.getNumber().value(), c.getVersion(), c.getChannel(), c.getSubject(),
                c.getType(), code(c.getTopic()), c.getPriority(), c.getStatus(), code(c.getFrontOffice()),
                code(c.getQueue()), c.getAssignee(), c.getCustomerGroup(),
                new CustomerView(customer.getName(), customer.getEmail(), customer.getPhone(), customer.getGroup()),
                c.isResolvedAtFirstContact(), c.getReceivedAt(), c.getFirstResponseAt(), c.getResolvedAt(),
                c.getClosedAt(), c.getDueAt(), c.getFollows() == null ? null : c.getFollows().getNumber().value(),
                c.getTimeline().stream().map(CaseMapper::toItem).toList());
    }

    public static CaseSummary toSummary(Case c) {
        return new CaseSummary(c.getNumber().value(), c.getVersion(), c.getSubject(), c.getChannel(), c.getStatus(),
                c.getPriority(), code(c.getQueue()), c.getAssignee(), c.getCustomer().getName(), c.getReceivedAt(),
                c.getDueAt());
    }

    public static CaseList toList(CasePage page) {
        List<CaseSummary> items = page.cases().stream().map(CaseMapper::toSummary).toList();
        return new CaseList(items, page.total(), page.page(), page.size());
    }

    public static SuggestedRouting toSuggestion(RoutingSuggestion suggestion) {
        return new SuggestedRouting(suggestion.group(), suggestion.priority());
    }

    public static CustomerMessageOutcome toOutcome(CustomerMessageResult result, CaseDetail landedOn) {
        return new CustomerMessageOutcome(result.effect(), landedOn);
    }

    static TimelineItem toItem(TimelineEntry e) {
        return new TimelineItem(e.getKind(), e.getEvent(), e.getAuthor(), e.getOccurredAt(), e.getBody(), e.getDetail());
    }

    private static String code(Queue queue) {
        return queue == null ? null : queue.getCode();
    }

    private static String code(Topic topic) {
        return topic == null ? null : topic.getCode();
    }

    /** Forms send "" for a field left empty; to the domain that means "not given". */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
