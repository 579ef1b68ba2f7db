package se.ingang.answers.boundary;

import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import se.ingang.answers.control.AnswerTemplate;
import se.ingang.answers.entity.AnswerLanguage;
import se.ingang.answers.entity.CannedAnswer;
import se.ingang.platform.control.FullTextQuery;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * Canned answers: maintained by managers and administrators (the API enforces the roles),
 * searched and inserted into replies by everyone who answers customers.
 */
@Stateless
public class CannedAnswers {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** InnoDB's full-text index leaves out shorter words (innodb_ft_min_token_size). */
    private static final int MIN_WORD = 3;

    @PersistenceContext
    EntityManager em;

    /** Configuration changes go into the audit trail (who: the current request's user). */
    @Inject
    AuditLog audit;

    @Inject
    ApplicationClock clock;

    @Inject
    Organisation organisation;

    @Inject
    StaffDirectory staff;

    /**
     * Answers whose title, body or tags hold every word of q (as a word or the start of one),
     * in one language or both; with no q, all of them by title.
     */
    @SuppressWarnings("unchecked")
    public List<CannedAnswer> search(String q, String language, String topic) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (language != null && !language.isBlank()) {
            where.add("language = :language");
            parameters.put("language", AnswerLanguage.of(language).name());
        }
        if (topic != null && !topic.isBlank()) {
            where.add("topic_code = :topic");
            parameters.put("topic", topic.trim());
        }
        String terms = FullTextQuery.allWordsAsPrefixes(q, MIN_WORD);
        if (!terms.isEmpty()) {
            where.add("MATCH(title, body, tags) AGAINST (:terms IN BOOLEAN MODE)");
            parameters.put("terms", terms);
        } else if (q != null && !q.isBlank()) {
            // Only short words: the index cannot help; the table is small, so a scan is fine.
            where.add("(title LIKE :like OR tags LIKE :like)");
            parameters.put("like", "%" + q.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String sql = "SELECT id FROM canned_answer" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY title, id LIMIT 200";
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Number> ids = query.getResultList();
        return ids.stream().map(id -> em.find(CannedAnswer.class, id.longValue())).toList();
    }

    private static Map<String, Object> fields(CannedAnswer a) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("title", a.getTitle());
        fields.put("body", a.getBody());
        fields.put("language", a.getLanguage());
        fields.put("topic", a.getTopicCode());
        fields.put("tags", a.getTags());
        return fields;
    }

    public CannedAnswer find(long id) {
        var answer = em.find(CannedAnswer.class, id);
        if (answer == null) {
            throw new NotFoundException("Canned answer", id);
        }
        return answer;
    }

    public CannedAnswer create(String title, String body, String language, String topic, List<String> tags, String actor) {
        var answer = new CannedAnswer(title, body, AnswerLanguage.of(language), knownTopic(topic), tags, actor, clock.now());
        em.persist(answer);
        em.flush();
        audit.record(actor, AuditLog.CANNED_ANSWER, answer.getId(), "CREATED", Changes.between(Map.of(), fields(answer)));
        return answer;
    }

    public CannedAnswer update(long id, long version, String title, String body, String language, String topic,
                               List<String> tags, String actor) {
        var answer = find(id);
        answer.expectVersion(version);
        var before = fields(answer);
        answer.change(title, body, AnswerLanguage.of(language), knownTopic(topic), tags, actor, clock.now());
        em.flush();
        audit.record(actor, AuditLog.CANNED_ANSWER, id, "CHANGED", Changes.between(before, fields(answer)));
        return answer;
    }

    public void delete(long id, long version) {
        var answer = find(id);
        answer.expectVersion(version);
        audit.record(AuditLog.CANNED_ANSWER, id, "DELETED", Changes.between(fields(answer), Map.of()));
        em.remove(answer);
    }

    /** The answer's text for one case, ready to go into a reply (see AnswerTemplate for the placeholders). */
    public AnswerTemplate.Rendered render(long id, String caseNumber, String actor) {
        var answer = find(id);
        var values = new HashMap<String, String>();
        values.put("today", clock.now().atZone(STOCKHOLM).toLocalDate().toString());
        values.put("agentName", staff.findUser(actor).map(u -> u.getDisplayName()).orElse(actor));
        if (caseNumber != null && !caseNumber.isBlank()) {
            var c = caseByNumber(caseNumber);
            values.put("caseNumber", c.getNumber().value());
            values.put("caseSubject", c.getSubject());
            values.put("customerName", c.getCustomer().getName());
            values.put("customerEmail", c.getCustomer().getEmail());
        }
        return AnswerTemplate.render(answer.getBody(), values);
    }

    private String knownTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        return organisation.findTopic(topic.trim())
                .orElseThrow(() -> new InvalidInputException("topic", "unknown topic '" + topic + "'")).getCode();
    }

    private Case caseByNumber(String number) {
        if (!CaseNumber.isValid(number)) {
            throw new NotFoundException("Case", number);
        }
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class).setParameter("number", number.trim())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Case", number));
    }
}
