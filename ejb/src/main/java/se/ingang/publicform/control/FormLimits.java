package se.ingang.publicform.control;

import java.time.Duration;

/** The sizes and rates the public form accepts. */
public record FormLimits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxPerEmail, int maxPerAddress,
                         Duration rateWindow) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_MESSAGE = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;

    /** The defaults: stay below the server's own request limit (10 MB in Undertow). */
    public static FormLimits defaults() {
        return new FormLimits(5, 4L * 1024 * 1024, 8L * 1024 * 1024, 5, 30, Duration.ofHours(1));
    }
}
