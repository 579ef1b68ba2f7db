package se.ingang.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.answers.boundary.CannedAnswers;
import se.ingang.api.cases.CaseMapper;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.consultations.boundary.Consultations;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.control.CaseProcess;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.search.boundary.CaseSearch;
import se.ingang.search.boundary.SearchScope;
import se.ingang.sla.boundary.Deadlines;

/**
 * What the workspace pages read, mapped to view records inside one transaction (entities
 * have lazy associations), so pages never touch an entity after its persistence context.
 * Reads only: commands go straight to {@link Cases}.
 */
@ApplicationScoped
@Transactional
public class WorkspaceReads {

    /** How many of the customer's other cases the customer card lists. */
    static final int EARLIER_CASES = 10;
    /** How many hits the search page shows. */
    static final int SEARCH_HITS = 50;

    @Inject
    Cases cases;

    @Inject
    Deadlines deadlines;

    @Inject
    CaseAccess access;

    @Inject
    Organisation organisation;

    @Inject
    CaseProcess process;

    @Inject
    ApplicationClock clock;

    @Inject
    CaseSearch caseSearch;

    @Inject
    CannedAnswers answers;

    @Inject
    Consultations consultations;

    @Inject
    ReadTrail trail;

    /** A page of a queue, limited to the cases this person may see, and the number of all matching cases. */
    public Rows queue(CaseQuery query, String username) {
        var page = cases.list(query, access.visibility(username));
        var now = clock.now();
        return new Rows(page.cases().stream().map(c -> row(c, now)).toList(), page.total());
    }

    /** The case view opened (not its refreshes after an action): recorded in the audit trail. */
    public void caseOpened(String number, String username) {
        trail.caseRead(number, username, ReadChannel.PAGE);
    }

    /** The case view's data; only for someone who may open the case (403 otherwise). */
    public CaseFile caseFile(String number, String username) {
        access.check(number, username);
        Case c = cases.find(number);
        var now = clock.now();
        var visible = access.visibility(username);
        var earlier = cases.list(CaseQuery.historyOf(c.getCustomer().getId(), 0, EARLIER_CASES + 1), visible).cases().stream()
                .filter(other -> !other.getId().equals(c.getId()))
                .limit(EARLIER_CASES)
                .map(other -> row(other, now))
                .toList();
        var clocks = deadlines.forCase(c.getId()).stream()
                .map(d -> new DeadlineRow(d.getKind(), d.getQueueCode(), d.getDueAt(), d.getMetAt(),
                        d.getBreachedAt() != null, d.isRunning()))
                .toList();
        return new CaseFile(CaseMapper.toDetail(c), earlier, clocks);
    }

    /** Full-text search within what this person may open (the scope is part of the query). */
    public Rows search(String text, String username) {
        var page = caseSearch.search(text, SearchScope.of(access.visibility(username)), 0, SEARCH_HITS);
        trail.searched(text, page.total(), username, ReadChannel.PAGE);
        var now = clock.now();
        return new Rows(page.hits().stream().map(h -> row(h.theCase(), now)).toList(), page.total());
    }

    /** Canned answers with every word of q, in one language, as (id, title) choices. */
    public List<AnswerChoice> cannedAnswers(String q, String language) {
        return answers.search(q, language, null).stream()
                .map(a -> new AnswerChoice(a.getId(), a.getTitle())).toList();
    }

    /** A canned answer's text for one case; only for someone who may open the case. */
    public String renderedAnswer(long id, String number, String username) {
        access.check(number, username);
        return answers.render(id, number, username).text();
    }

    /** The case's questions to other groups; only for someone who may open the case. */
    public List<ConsultationRow> consultations(String number, String username) {
        access.check(number, username);
        return consultations.forCase(number).stream().map(ConsultationRow::of).toList();
    }

    /** The number of the case a consultation is about, so an action on the consultation is checked against it. */
    public String caseOfConsultation(long id) {
        return consultations.find(id).getCase().getNumber().value();
    }

    /** Open questions to the back-office groups this person works in (and may read), oldest first per group. */
    public List<ConsultationRow> openConsultations(String username) {
        return access.visibleQueues(username).stream().filter(Queue::isBackOffice)
                .flatMap(q -> consultations.openForGroup(q.getCode()).stream())
                .filter(k -> access.mayReadConsultation(k.getCase(), k.getGroup().getCode(), username))
                .map(ConsultationRow::of).toList();
    }

    /** What the routing table says for the categorisation on the triage form (not yet saved). */
    public Optional<RoutingSuggestion> suggestion(CustomerGroup group, CaseType type, String topic) {
        return process.suggestRouting(group, type, topic);
    }

    public List<Queue> queues() {
        return organisation.queues();
    }

    /** The queues whose lists this person may open. */
    public List<Queue> visibleQueues(String username) {
        return access.visibleQueues(username);
    }

    public List<Topic> topics() {
        return organisation.topics();
    }

    public java.time.Instant now() {
        return clock.now();
    }

    private static CaseRow row(Case c, java.time.Instant now) {
        return new CaseRow(c.getNumber().value(), c.getSubject(), c.getChannel(), c.getStatus(), c.getPriority(),
                c.getQueue().getCode(), c.getAssignee(), c.getCustomer().getName(), c.getReceivedAt(), c.getDueAt(),
                now);
    }

    public record AnswerChoice(long id, String title) implements java.io.Serializable {
    }

    public record Rows(List<CaseRow> rows, long total) {
    }
}
