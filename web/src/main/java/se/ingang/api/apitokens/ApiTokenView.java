package se.ingang.api.apitokens;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import se.ingang.apitokens.entity.ApiToken;
import se.ingang.organisation.entity.StaffRole;

/** A token as lists show it: everything but the secret, which exists only in {@link CreatedApiTokenView}. */
@JsonbPropertyOrder({"id", "owner", "name", "scopes", "createdAt", "createdBy", "expiresAt", "revokedAt", "revokedBy",
        "lastUsedAt"})
public record ApiTokenView(long id, String owner, String name, List<StaffRole> scopes, Instant createdAt, String createdBy,
                           Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.getId(), token.getOwner().getUsername(), token.getName(),
                token.getScopes().stream().sorted().toList(), token.getCreatedAt(), token.getCreatedBy(),
                token.getExpiresAt(), token.getRevokedAt(), token.getRevokedBy(), token.getLastUsedAt());
    }
}
