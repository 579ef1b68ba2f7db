package se.ingang.apitokens.control;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.InvalidInputException;

/** What a new token may be: a name, at least one scope among the owner's roles, a lifetime of at most a year. */
public final class TokenRules {

    /** A token lives at most this long; a longer-lived integration gets a new token and the old one is revoked. */
    public static final int MAX_DAYS = 365;

    /** A busy integration does not write its last use on every request, only once a minute at most. */
    public static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private TokenRules() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "A token needs a name that says what it is for.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 100) {
            throw new InvalidInputException("name", "At most 100 characters.");
        }
        return trimmed;
    }

    public static Duration lifetime(Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("expiresInDays", "Between 1 and " + MAX_DAYS + " days.");
        }
        return Duration.ofDays(days);
    }

    /**
     * The scopes asked for, each one a role the owner holds and the creator may hand out
     * (a token never carries more than the request that makes it).
     */
    public static Set<StaffRole> scopes(Set<StaffRole> asked, Set<StaffRole> ownerRoles, Set<StaffRole> creatorMayGrant) {
        if (asked == null || asked.isEmpty()) {
            throw new InvalidInputException("scopes", "Choose at least one role the token may use.");
        }
        for (StaffRole role : asked) {
            if (!ownerRoles.contains(role)) {
                throw new InvalidInputException("scopes", "The owner does not hold the role " + role + ".");
            }
            if (!creatorMayGrant.contains(role)) {
                throw new AccessDeniedException("a token with the role " + role + " may not be made by this caller");
            }
        }
        return EnumSet.copyOf(asked);
    }
}
