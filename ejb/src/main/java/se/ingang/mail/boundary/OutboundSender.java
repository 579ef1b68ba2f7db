package se.ingang.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending a queued message once (and only if) the transaction that queued it committed. */
@ApplicationScoped
public class OutboundSender {

    @Inject
    Outbox outbox;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboundQueued queued) {
        outbox.sendLater(queued.mailMessageId(), queued.confidential());
    }
}
