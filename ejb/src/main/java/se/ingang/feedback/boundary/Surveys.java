package se.ingang.feedback.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.feedback.control.SurveyInvitation;
import se.ingang.feedback.entity.Survey;
import se.ingang.mail.boundary.Outbox;
import se.ingang.mail.entity.MailKind;
import se.ingang.platform.control.PublicUrl;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.NotFoundException;

/**
 * At most one survey per case, offered when a case is closed normally (not when it was
 * closed for lack of answer) to a customer we can mail. It is queued in the Outbox by an
 * asynchronous process step, sent after that commits, and not queued again once it was.
 */
@Stateless
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** Like every mail about a case: stored, threaded, sent after commit and resent if sending failed. */
    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    /** Sends the survey of a closed case, creating it first; idempotent. */
    public void sendFor(long caseId) {
        var c = em.find(Case.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        var survey = forCase(caseId).orElseGet(() -> offer(c));
        if (survey == null || survey.getSentAt() != null) {
            return;
        }
        var invitation = SurveyInvitation.of(survey.getCaseNumber());
        outbox.queue(c, MailKind.SURVEY, survey.getRecipient(), invitation.subject(), invitation.body(),
                List.of(new Outbox.Confidential(invitation.linkPlaceholder(), publicUrl.link("/survey/" + survey.getToken()))));
        survey.markSent(clock.now());
    }

    public Optional<Survey> forCase(long caseId) {
        return em.createNamedQuery(Survey.FIND_BY_CASE, Survey.class)
                .setParameter("caseId", caseId).getResultStream().findFirst();
    }

    public Survey byToken(String token) {
        return findByToken(token, LockModeType.NONE);
    }

    public Survey answer(String token, int score, String comment) {
        var survey = findByToken(token, LockModeType.PESSIMISTIC_WRITE);
        survey.answer(score, comment, clock.now());
        return survey;
    }

    private Survey offer(Case c) {
        boolean closedNormally = c.getTimeline().stream().noneMatch(e -> e.getEvent() == CaseEvent.AUTO_CLOSED);
        String email = c.getCustomer().getEmail();
        if (!closedNormally || email == null) {
            return null;
        }
        var survey = new Survey(c.getId(), c.getNumber().value(), newToken(), email, clock.now());
        em.persist(survey);
        return survey;
    }

    private Survey findByToken(String token, LockModeType lock) {
        if (token == null || token.length() != 43) {
            throw new NotFoundException("Survey", "(token)");
        }
        return em.createNamedQuery(Survey.FIND_BY_TOKEN, Survey.class).setParameter("token", token)
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Survey", "(token)"));
    }

    /** 256 random bits, URL-safe: the link is the only key to the survey. */
    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
