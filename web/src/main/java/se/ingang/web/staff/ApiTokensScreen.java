package se.ingang.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.apitokens.boundary.ApiTokens;
import se.ingang.apitokens.entity.ApiToken;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * The API tokens page: one's own tokens (administrators: everyone's), a form for a new one
 * whose secret is shown once ({@link NewTokenSecret}), and revocation. The rules are in
 * {@link ApiTokens}; this bean only translates.
 */
@Named
@ViewScoped
public class ApiTokensScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    @Inject
    NewTokenSecret shown;

    @Inject
    ApplicationClock clock;

    private String name;
    private List<String> scopes = new ArrayList<>();
    private Integer days = 90;

    /** A row of the list: what a person needs to recognise and judge a token. */
    public record Row(long id, String owner, String name, List<StaffRole> scopes, Instant createdAt, Instant expiresAt,
                      Instant lastUsedAt, String status) {

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }
    }

    public void create() {
        var roles = EnumSet.noneOf(StaffRole.class);
        scopes.forEach(s -> roles.add(StaffRole.valueOf(s)));
        try {
            var created = tokens.create(user.getName(), null, name, roles, days);
            shown.set(created.token().getName(), created.secret());
            Texts.info("tokens.created", created.token().getName());
            name = null;
            scopes = new ArrayList<>();
        } catch (InvalidInputException e) {
            Texts.fieldErrors(e, field -> "new-token:" + field, (field, reason) -> Texts.text("tokens.error." + field));
        } catch (AccessDeniedException e) {
            Texts.error("tokens.error.denied");
        }
    }

    public void revoke(long id) {
        try {
            var token = tokens.revoke(user.getName(), id);
            Texts.info("tokens.revokedMessage", token.getName());
        } catch (NotFoundException e) {
            Texts.error("tokens.notFound");
        }
    }

    public List<Row> getRows() {
        Instant now = clock.now();
        return tokens.list(user.getName(), null).stream().map(t -> row(t, now)).toList();
    }

    /** Administrators see every token, so the list names owners. */
    public boolean isAllTokens() {
        return AccessPolicy.mayConfigure(access.who(user.getName()));
    }

    /** The roles the viewer may put on a token of their own. */
    public List<String> getGrantable() {
        return tokens.grantableRoles(user.getName()).stream().sorted().map(Enum::name).toList();
    }

    private static Row row(ApiToken t, Instant now) {
        String status = t.isRevoked() ? "REVOKED" : t.isExpired(now) ? "EXPIRED" : "ACTIVE";
        return new Row(t.getId(), t.getOwner().getUsername(), t.getName(), t.getScopes().stream().sorted().toList(),
                t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), status);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
