package se.ingang.feedback.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
import se.ingang.platform.control.LinkTokens;
import se.ingang.platform.errors.NotFoundException;

/**
 * At most one survey per case, offered when a case is closed normally (not when it was
 * closed for lack of answer) to a customer we can mail. It is queued in the Outbox by an
 * asynchronous process step, sent after that commits, and not queued again once it was. Only the
 * SHA-256 of the link's token is stored; the token goes from here into the Outbox's confidential
 * part of the mail (never the kept copy) and nowhere else.
 */
@Stateless
public class Surveys {

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
        var existing = forCase(caseId);
        if (existing.isPresent() && existing.get().getSentAt() != null) {
            return;
        }
        String token = LinkTokens.newToken();
        Survey survey;
        if (existing.isPresent()) {
            survey = existing.get();
            survey.replaceToken(LinkTokens.hash(token));
        } else {
            survey = offer(c, LinkTokens.hash(token));
            if (survey == null) {
                return;
            }
        }
        var invitation = SurveyInvitation.of(survey.getCaseNumber());
        outbox.queue(c, MailKind.SURVEY, survey.getRecipient(), invitation.subject(), invitation.body(),
                List.of(new Outbox.Confidential(invitation.linkPlaceholder(), publicUrl.link("/survey/" + token))));
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

    private Survey offer(Case c, String tokenHash) {
        boolean closedNormally = c.getTimeline().stream().noneMatch(e -> e.getEvent() == CaseEvent.AUTO_CLOSED);
        String email = c.getCustomer().getEmail();
        if (!closedNormally || email == null) {
            return null;
        }
        var survey = new Survey(c.getId(), c.getNumber().value(), tokenHash, email, clock.now());
        em.persist(survey);
        return survey;
    }

    private Survey findByToken(String token, LockModeType lock) {
        // Not shaped like a token: refused before any lookup, with the answer an unknown token gets.
        if (!LinkTokens.hasTokenShape(token)) {
            throw new NotFoundException("Survey", "(token)");
        }
        return em.createNamedQuery(Survey.FIND_BY_TOKEN_HASH, Survey.class).setParameter("hash", LinkTokens.hash(token))
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Survey", "(token)"));
    }
}
