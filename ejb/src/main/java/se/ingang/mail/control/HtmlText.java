package se.ingang.mail.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * HTML mail made safe (OWASP Java HTML Sanitizer): text formatting, lists, tables and links
 * stay; scripts, styles, forms, frames and every image go, so showing a message never loads
 * remote content or runs code. A plain-text rendering is what the case timeline shows.
 */
public final class HtmlText {

    private static final PolicyFactory SAFE = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "blockquote", "pre", "code",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "hr", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
    private static final Pattern LINE_BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>|</tr\\s*>|</h[1-6]\\s*>|<hr\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    public static String sanitise(String html) {
        return html == null ? null : SAFE.sanitize(html);
    }

    /** The text a reader sees, with line breaks where blocks end; nothing of scripts or styles. */
    public static String toText(String html) {
        if (html == null) {
            return null;
        }
        String marked = LINE_BREAKS.matcher(html).replaceAll("$0\n");
        String text = unescape(TEXT_ONLY.sanitize(marked));
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String unescape(String s) {
        var m = ENTITY.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> {
                    int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield new String(Character.toChars(cp));
                }
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
