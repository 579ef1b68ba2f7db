package se.ingang.apitokens.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.apitokens.control.TokenRules;
import se.ingang.apitokens.control.TokenSecret;
import se.ingang.apitokens.entity.ApiToken;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.NotFoundException;

/**
 * API tokens (README "API tokens"). Any member of staff makes, lists and revokes their own;
 * administrators those of anyone, including the telephone system's account. A token's secret
 * leaves this class once, in {@link Created}; afterwards nobody can read it again.
 * Every check uses the caller as the access rules see them ({@link CaseAccess#who}), so a
 * request that itself came with a token can do no more than that token.
 */
@Stateless
public class ApiTokens {

    /** Who the trail names for a refused use: whoever sent the secret is unknown, only the token is. */
    static final String REFUSED_USE_ACTOR = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ApplicationClock clock;

    /** A token just made, with the secret that is shown this once. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who a token's request is: the owner, with the roles it may use. */
    public record Caller(long tokenId, String username, Set<StaffRole> roles) {
    }

    /** A new token for {@code owner} (null: the caller), with at most the owner's roles and the caller's. */
    public Created create(String caller, String owner, String name, Set<StaffRole> scopes, Integer expiresInDays) {
        var creator = access.who(caller);
        String ownerName = owner == null || owner.isBlank() ? caller : owner.strip();
        boolean forSelf = ownerName.equals(caller);
        if (!forSelf && !AccessPolicy.mayConfigure(creator)) {
            throw new AccessDeniedException("only administrators make tokens for other users");
        }
        if (forSelf && creator.roles().isEmpty()) {
            throw new AccessDeniedException(caller + " has no role a token could carry");
        }
        var user = staff.user(ownerName);
        if (!user.isActive()) {
            throw new AccessDeniedException(ownerName + " is disabled");
        }
        // For oneself: the roles this request may use (a token cannot make a wider token).
        // An administrator for someone else hands out any of that person's roles.
        Set<StaffRole> grantable = forSelf ? creator.roles() : user.getRoles();
        var roles = TokenRules.scopes(scopes, user.getRoles(), grantable);
        String label = TokenRules.name(name);
        Instant now = clock.now();
        Instant expires = now.plus(TokenRules.lifetime(expiresInDays));
        String secret = TokenSecret.generate();
        var token = new ApiToken(user, label, roles, TokenSecret.hash(secret), now, caller, expires);
        em.persist(token);
        em.flush();
        audit.record(caller, AuditLog.API_TOKEN, token.getId(), "CREATED", Changes.between()
                .field("owner", null, ownerName).field("name", null, label)
                .field("scopes", null, roles).field("expiresAt", null, expires));
        return new Created(token, secret);
    }

    /**
     * Tokens the caller may see: their own, or for administrators everyone's (or one owner's).
     * Another user's tokens are refused to anyone else.
     */
    public List<ApiToken> list(String caller, String owner) {
        boolean administrator = AccessPolicy.mayConfigure(access.who(caller));
        if (owner == null || owner.isBlank()) {
            return administrator ? em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList() : ofOwner(caller);
        }
        if (!administrator && !owner.strip().equals(caller)) {
            throw new AccessDeniedException(caller + " may not list the tokens of " + owner);
        }
        return ofOwner(owner.strip());
    }

    /** Revoked at once (idempotent); a token that is not the caller's to see is "not found", not "forbidden". */
    public ApiToken revoke(String caller, long id) {
        var token = em.find(ApiToken.class, id);
        if (token == null || !mayManage(caller, token)) {
            throw new NotFoundException("API token", id);
        }
        if (!token.isRevoked()) {
            token.revoke(clock.now(), caller);
            audit.record(caller, AuditLog.API_TOKEN, id, "REVOKED", Changes.between()
                    .field("owner", null, token.getOwner().getUsername()).field("name", null, token.getName()));
        }
        return token;
    }

    /**
     * The caller a secret stands for, or empty: unknown, malformed, expired, revoked, or its owner
     * disabled. A refused use of a real token (expired, revoked) is audited; an unknown secret is
     * not (it names no token; the login throttle counts it). Its last use is written at most once
     * a minute ({@link TokenRules#LAST_USE_RESOLUTION}).
     */
    public Optional<Caller> authenticate(String secret) {
        if (!TokenSecret.hasShape(secret)) {
            return Optional.empty();
        }
        var found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenSecret.hash(secret)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var token = found.get(0);
        Instant now = clock.now();
        if (!token.isUsable(now)) {
            String reason = token.isRevoked() ? "USE_REFUSED_REVOKED"
                    : token.isExpired(now) ? "USE_REFUSED_EXPIRED" : "USE_REFUSED_OWNER_DISABLED";
            audit.record(REFUSED_USE_ACTOR, AuditLog.API_TOKEN, token.getId(), reason,
                    Changes.between().field("owner", null, token.getOwner().getUsername()));
            return Optional.empty();
        }
        em.createNamedQuery(ApiToken.TOUCH).setParameter("now", now)
                .setParameter("before", now.minus(TokenRules.LAST_USE_RESOLUTION))
                .setParameter("id", token.getId()).executeUpdate();
        return Optional.of(new Caller(token.getId(), token.getOwner().getUsername(), token.effectiveRoles()));
    }

    private List<ApiToken> ofOwner(String username) {
        return em.createNamedQuery(ApiToken.OF_OWNER, ApiToken.class).setParameter("username", username).getResultList();
    }

    private boolean mayManage(String caller, ApiToken token) {
        return token.getOwner().getUsername().equals(caller) || AccessPolicy.mayConfigure(access.who(caller));
    }

    /** Roles a new token may offer to the caller for themselves (the page's choices). */
    public Set<StaffRole> grantableRoles(String caller) {
        var roles = access.who(caller).roles();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
