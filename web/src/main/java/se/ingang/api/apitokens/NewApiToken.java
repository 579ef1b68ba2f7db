package se.ingang.api.apitokens;

import java.util.Set;
import se.ingang.organisation.entity.StaffRole;

/**
 * POST /api/api-tokens: what it is for, the roles it may use, how many days it lives (1–365);
 * {@code owner} only when an administrator makes one for someone else (e.g. the telephone system).
 */
public record NewApiToken(String name, Set<StaffRole> scopes, Integer expiresInDays, String owner) {
}
