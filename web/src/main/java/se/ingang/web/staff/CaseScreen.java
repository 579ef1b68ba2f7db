package se.ingang.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.cases.CaseDetail;
import se.ingang.api.cases.TimelineItem;
import se.ingang.api.problems.Problem;
import se.ingang.api.problems.ProblemMapping;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.consultations.boundary.Consultations;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.telephony.boundary.Callbacks;
import se.ingang.telephony.entity.CallbackOutcome;
import se.ingang.notes.boundary.CaseNotes;
import se.ingang.notes.boundary.NoteResult;
import se.ingang.organisation.entity.Queue;

/**
 * The case view: the case with its timeline, customer card and deadlines, and the actions
 * on it. Each action is one call of {@link Cases} with the version this page showed; when
 * someone else changed the case in between, the call is refused and the page shows the
 * fresh case with a conflict message. The typed text stays in the form, nothing is lost.
 */
@Named
@ViewScoped
public class CaseScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String STALE_VERSION = "urn:ingang:problem:stale-version";

    @Inject
    Cases cases;

    @Inject
    WorkspaceReads reads;

    @Inject
    CurrentUser user;

    @Inject
    Viewers viewers;

    @Inject
    CaseAccess access;

    @Inject
    CaseNotes notes;

    @Inject
    Language language;

    @Inject
    Consultations consultations;

    @Inject
    Callbacks callbacks;

    private String number;
    private CaseFile file;
    private boolean conflict;
    private String actor;

    // Triage form
    private CaseType type;
    private String topic;
    private CustomerGroup customerGroup;
    private Priority priority;
    private String routeGroup;
    private String routeNote;
    private String firstContactReply;
    // Other actions
    private String replyText;
    private String noteText;
    private String questionText;
    private String transferGroup;
    private String transferReason;
    private String returnNote;
    private String resolveReply;

    private String callbackNote;
    private String consultGroup;
    private String consultQuestion;
    private List<ConsultationRow> consultationRows = List.of();
    // Canned-answer picker (shared by the reply and resolve forms)
    private String answerQuery;
    private String answerLang;
    private Long answerId;
    private List<WorkspaceReads.AnswerChoice> answerChoices = List.of();

    // Codes and names only, not the entities: a view-scoped bean is replicated with the session (cluster).
    private List<Choice> backOfficeGroups = List.of();
    private List<Choice> topics = List.of();

    /**
     * View action on GET: load the case or answer 404. The case number comes from the address
     * once and stays with the view: a postback's parameters never choose the case an action is
     * checked against (a "number" posted with another case's view state changes nothing).
     */
    public void load() throws IOException {
        actor = user.getName();
        number = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("number");
        try {
            refresh();
            reads.caseOpened(file.detail().number(), actor);
        } catch (RuntimeException e) {
            int status = ProblemMapping.toProblem(e).status();
            if (status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_FORBIDDEN) {
                var faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(status,
                        Texts.text(status == HttpServletResponse.SC_FORBIDDEN ? "forbidden.title" : "case.notFound"));
                faces.responseComplete();
                return;
            }
            throw e;
        }
        backOfficeGroups = reads.queues().stream().filter(Queue::isBackOffice)
                .map(q -> new Choice(q.getCode(), q.getName())).toList();
        topics = reads.topics().stream().map(t -> new Choice(t.getCode(), t.getName())).toList();
        var d = file.detail();
        type = d.type();
        topic = d.topic();
        customerGroup = d.customerGroup();
        priority = d.priority();
        viewers.heartbeat(number, actor);
    }

    /** The page beats while open; see {@link Viewers}. */
    public void heartbeat() {
        viewers.heartbeat(number, actor);
    }

    public List<String> getOthersViewing() {
        return viewers.othersViewing(number, actor);
    }

    public String getOthersViewingText() {
        return String.join(", ", getOthersViewing());
    }

    public void triageRoute() {
        run("done.triaged", () -> cases.triage(number, decision(TriageDecision.Outcome.ROUTE, null), actor));
        routeNote = null;
    }

    public void triageResolve() {
        if (required(firstContactReply, "case.reply")) {
            run("done.resolved", () -> cases.triage(number, decision(TriageDecision.Outcome.RESOLVE, firstContactReply), actor));
        }
    }

    public void reply() {
        if (required(replyText, "case.reply") && run("done.replied", () -> cases.reply(number, version(), replyText, actor))) {
            replyText = null;
        }
    }

    /** Through CaseNotes, so @-mentions notify; mentions that name nobody are shown, not dropped. */
    public void addNote() {
        var result = new NoteResult[1];
        if (required(noteText, "case.note")
                && run("done.noted", () -> result[0] = notes.add(number, version(), noteText, actor))) {
            noteText = null;
            if (!result[0].unknownMentions().isEmpty()) {
                Texts.warn("case.note.unknownMentions", String.join(", ", result[0].unknownMentions()));
            }
        }
    }

    /** "Called back, resolved": the note is what the customer was told. */
    public void calledBackResolved() {
        if (run("done.calledBack", () -> callbacks.attempt(number, CallbackOutcome.RESOLVED, callbackNote, version(), actor))) {
            callbackNote = null;
        }
    }

    /** "No answer, try again": the case stays in the queue; the note (if any) becomes an internal note. */
    public void calledBackNoAnswer() {
        if (run("done.noAnswer", () -> callbacks.attempt(number, CallbackOutcome.NO_ANSWER, callbackNote, version(), actor))) {
            callbackNote = null;
        }
    }

    public boolean isCallback() {
        return file != null && file.detail().type() == CaseType.CALLBACK && file.detail().status().isOpen();
    }

    public void consult() {
        if (required(consultGroup, "consult.group") && required(consultQuestion, "consult.question")
                && run("done.consulted", () -> consultations.ask(number, consultGroup, consultQuestion, actor))) {
            consultQuestion = null;
        }
    }

    /** Checked against the consultation's own case, as the API does: the object changed decides. */
    public void withdraw(ConsultationRow k) {
        run("done.consultWithdrawn", () -> {
            access.checkWork(reads.caseOfConsultation(k.id()), actor);
            return consultations.withdraw(k.id(), k.version(), null, actor);
        });
    }

    public List<ConsultationRow> getConsultations() {
        return consultationRows;
    }

    /** Canned answers matching the words typed, in the language chosen (the viewer's by default). */
    public void searchAnswers() {
        access.check(number, actor);
        answerChoices = reads.cannedAnswers(answerQuery, answerLanguage());
        answerId = answerChoices.isEmpty() ? null : answerChoices.get(0).id();
        if (answerChoices.isEmpty()) {
            Texts.info("case.canned.none");
        }
    }

    public void insertIntoReply() {
        replyText = withAnswer(replyText);
    }

    public void insertIntoResolve() {
        resolveReply = withAnswer(resolveReply);
    }

    /** The chosen answer, rendered for this case, after what is already typed. */
    private String withAnswer(String typed) {
        if (answerId == null) {
            Texts.error("case.required", Texts.text("case.canned.choice"));
            return typed;
        }
        String text = reads.renderedAnswer(answerId, number, actor);
        return typed == null || typed.isBlank() ? text : typed + "\n\n" + text;
    }

    private String answerLanguage() {
        return answerLang == null || answerLang.isBlank() ? language.getCode() : answerLang;
    }

    public void askCustomer() {
        if (required(questionText, "case.question")
                && run("done.asked", () -> cases.askCustomer(number, version(), questionText, actor))) {
            questionText = null;
        }
    }

    public void transfer() {
        if (required(transferGroup, "case.transferGroup") && required(transferReason, "case.transferReason")
                && run("done.transferred", () -> cases.transfer(number, version(), transferGroup, transferReason, actor))) {
            transferReason = null;
        }
    }

    public void returnToFrontOffice() {
        if (run("done.returned", () -> cases.returnToFrontOffice(number, version(), returnNote, actor))) {
            returnNote = null;
        }
    }

    public void resolve() {
        if (run("done.resolved", () -> cases.resolve(number, version(), resolveReply, actor))) {
            resolveReply = null;
        }
    }

    public void claim() {
        run("done.claimed", () -> cases.assign(number, version(), actor, actor));
    }

    public void release() {
        run("done.released", () -> cases.release(number, version(), actor));
    }

    public void close() {
        run("done.closed", () -> cases.close(number, version(), actor));
    }

    /** Live suggestion while the agent changes the triage form. */
    public RoutingSuggestion getSuggestion() {
        return reads.suggestion(customerGroup, type, topic).orElse(null);
    }

    /**
     * Runs one command and shows the outcome. On any refusal the page reloads the case, so
     * what the person sees is always the state the next command will be checked against.
     */
    private boolean run(String doneKey, Supplier<?> command) {
        conflict = false;
        try {
            access.checkWork(number, actor);
            command.get();
            refresh();
            Texts.info("case.done", Texts.text(doneKey));
            return true;
        } catch (RuntimeException e) {
            Problem problem = ProblemMapping.toProblem(e);
            long seen = version();
            int entriesSeen = file.detail().timeline().size();
            if (!refreshedAfterRefusal()) {
                return false;
            }
            // Refused because someone else moved the case away from this person counts as a
            // conflict too: what they need to know is that the case changed under them.
            if (STALE_VERSION.equals(problem.type()) || (problem.status() == 403 && version() != seen)) {
                conflict = true;
                Texts.error("case.conflict");
                showWrittenMeanwhile(entriesSeen);
            } else if (problem.status() == 400) {
                Texts.error("case.invalid", problem.errors() == null ? problem.detail()
                        : String.join("; ", problem.errors().stream().map(Problem.FieldError::message).toList()));
            } else if (problem.status() == 409 || problem.status() == 404 || problem.status() == 403) {
                Texts.error("case.notAllowed", problem.detail());
            } else {
                throw e;
            }
            return false;
        }
    }

    /**
     * The answers and notes a colleague wrote while this person was typing, named above the form
     * that kept their text: the reason not to send the same answer again.
     */
    private void showWrittenMeanwhile(int entriesSeen) {
        var timeline = file.detail().timeline();
        for (var item : timeline.subList(Math.min(entriesSeen, timeline.size()), timeline.size())) {
            if (item.kind() != se.ingang.cases.entity.TimelineEntryKind.EVENT && item.body() != null) {
                String body = item.body().length() <= QUOTED ? item.body() : item.body().substring(0, QUOTED - 1) + "\u2026";
                Texts.warn("case.conflict.meanwhile", Texts.text("kind." + item.kind()), item.author(), body);
            }
        }
    }

    private static final int QUOTED = 300;

    /** After a refusal the page shows the case as it is now, unless this person may no longer see it. */
    private boolean refreshedAfterRefusal() {
        try {
            refresh();
            return true;
        } catch (RuntimeException e) {
            if (ProblemMapping.toProblem(e).status() != HttpServletResponse.SC_FORBIDDEN) {
                throw e;
            }
            Texts.error("forbidden.text");
            return false;
        }
    }

    private boolean required(String value, String labelKey) {
        if (value == null || value.isBlank()) {
            Texts.error("case.required", Texts.text(labelKey));
            return false;
        }
        return true;
    }

    private TriageDecision decision(TriageDecision.Outcome outcome, String reply) {
        return new TriageDecision(version(), type, topic, customerGroup, priority, outcome, routeGroup, reply, routeNote);
    }

    private long version() {
        return file.detail().version();
    }

    private void refresh() {
        file = reads.caseFile(number, actor);
        consultationRows = reads.consultations(number, actor);
    }

    public boolean isHtml(TimelineItem item) {
        return MailHtml.isHtml(item.body());
    }

    public String frameDocument(TimelineItem item) {
        return MailHtml.frameDocument(item.body());
    }

    public boolean is(String status) {
        return file != null && file.detail().status() == CaseStatus.valueOf(status);
    }

    public boolean isAssignedToMe() {
        return file != null && actor != null && actor.equals(file.detail().assignee());
    }

    public DeadlineState getDeadlineState() {
        return DeadlineState.of(file.detail().dueAt(), reads.now());
    }

    public String getTimeLeft() {
        var due = file.detail().dueAt();
        return due == null ? "" : Durations.compact(java.time.Duration.between(reads.now(), due));
    }

    public List<Choice> getBackOfficeGroups() {
        return backOfficeGroups;
    }

    public List<Choice> getTopics() {
        return topics;
    }

    /** A queue or topic to choose from. */
    public record Choice(String code, String name) implements Serializable {
    }

    /** The types an agent may choose; a callback case also lists its own, so triage leaves it as it is. */
    public List<CaseType> getTypes() {
        if (type != null && !type.isChoosable()) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(type), CaseType.choosable().stream()).toList();
        }
        return CaseType.choosable();
    }

    public CustomerGroup[] getCustomerGroups() {
        return CustomerGroup.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** Replies and questions go by e-mail; a customer without an address cannot get them (call back instead). */
    public boolean isMailable() {
        return file != null && file.detail().customer() != null && file.detail().customer().email() != null;
    }

    public CaseDetail getCase() {
        return file == null ? null : file.detail();
    }

    public CaseFile getFile() {
        return file;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getNumber() {
        return number;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public CustomerGroup getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(CustomerGroup customerGroup) {
        this.customerGroup = customerGroup;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getRouteGroup() {
        return routeGroup;
    }

    public void setRouteGroup(String routeGroup) {
        this.routeGroup = routeGroup;
    }

    public String getRouteNote() {
        return routeNote;
    }

    public void setRouteNote(String routeNote) {
        this.routeNote = routeNote;
    }

    public String getFirstContactReply() {
        return firstContactReply;
    }

    public void setFirstContactReply(String firstContactReply) {
        this.firstContactReply = firstContactReply;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public String getTransferGroup() {
        return transferGroup;
    }

    public void setTransferGroup(String transferGroup) {
        this.transferGroup = transferGroup;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public void setReturnNote(String returnNote) {
        this.returnNote = returnNote;
    }

    public String getResolveReply() {
        return resolveReply;
    }

    public void setResolveReply(String resolveReply) {
        this.resolveReply = resolveReply;
    }

    public String getAnswerQuery() {
        return answerQuery;
    }

    public void setAnswerQuery(String answerQuery) {
        this.answerQuery = answerQuery;
    }

    public String getAnswerLang() {
        return answerLanguage();
    }

    public void setAnswerLang(String answerLang) {
        this.answerLang = answerLang;
    }

    public Long getAnswerId() {
        return answerId;
    }

    public void setAnswerId(Long answerId) {
        this.answerId = answerId;
    }

    public List<WorkspaceReads.AnswerChoice> getAnswerChoices() {
        return answerChoices;
    }

    public String getConsultGroup() {
        return consultGroup;
    }

    public void setConsultGroup(String consultGroup) {
        this.consultGroup = consultGroup;
    }

    public String getConsultQuestion() {
        return consultQuestion;
    }

    public void setConsultQuestion(String consultQuestion) {
        this.consultQuestion = consultQuestion;
    }

    public String getCallbackNote() {
        return callbackNote;
    }

    public void setCallbackNote(String callbackNote) {
        this.callbackNote = callbackNote;
    }
}
