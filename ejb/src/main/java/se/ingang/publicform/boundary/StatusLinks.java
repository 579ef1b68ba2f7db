package se.ingang.publicform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.entity.Case;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.control.LinkTokens;
import se.ingang.publicform.control.FormSettings;
import se.ingang.publicform.entity.StatusLink;

/**
 * A new private status link for each mail that carries one. Only the token's hash is kept,
 * so an earlier link cannot be shown again; the plain link lives in the mail that is sent.
 */
@Stateless
public class StatusLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    FormSettings settings;

    /** The plain link to the case's status page, valid as long as the receipt's link; the caller must not store it. */
    public String issue(Case c) {
        String token = LinkTokens.newToken();
        var now = clock.now();
        em.persist(new StatusLink(LinkTokens.hash(token), c, now, now.plus(settings.statusLinkValidity())));
        return settings.statusUrl(token);
    }
}
