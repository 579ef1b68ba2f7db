package se.ingang.apitokens.control;

import java.util.regex.Pattern;
import se.ingang.platform.control.LinkTokens;

/**
 * The secret of an API token: a recognisable prefix, so secret scanners (and people) can tell a
 * leaked one, then 256 random bits (LinkTokens). Only {@link #hash} of it is stored.
 */
public final class TokenSecret {

    public static final String PREFIX = "ingang_";

    private static final Pattern SHAPE = Pattern.compile("^" + PREFIX + "[A-Za-z0-9_-]{43}$");

    private TokenSecret() {
    }

    public static String generate() {
        return PREFIX + LinkTokens.newToken();
    }

    /** Could have come from {@link #generate()}; anything else is refused before any lookup. */
    public static boolean hasShape(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    /** Hex SHA-256 of the whole secret, prefix included: what api_token.secret_hash holds. */
    public static String hash(String secret) {
        return LinkTokens.hash(secret);
    }
}
