package se.ingang.web.staff;

import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * E-mail bodies in the case view. Plain text is shown escaped by the page. An HTML body is
 * cleaned by an allow-list (formatting, tables, links; no script, no styles, no images or
 * anything else that loads from elsewhere) and then shown in a sandboxed frame whose own
 * Content-Security-Policy forbids every load: two independent walls.
 */
public final class MailHtml {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "^\\s*(<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<div[\\s>]|<p[\\s>]|<table[\\s>])");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("br", "hr", "pre", "code", "span")
                    .toFactory());

    /** Inside the frame: nothing may load, no script may run, links open outside the frame. */
    private static final String FRAME_HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            + "<base target=\"_blank\">"
            + "<style>body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0.5rem}</style>"
            + "</head><body>";

    private MailHtml() {
    }

    public static boolean isHtml(String body) {
        return body != null && LOOKS_LIKE_HTML.matcher(body.toLowerCase(Locale.ROOT)).find();
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The whole document for the frame's srcdoc attribute (the page escapes it as an attribute). */
    public static String frameDocument(String html) {
        return FRAME_HEAD + sanitise(html) + "</body></html>";
    }
}
