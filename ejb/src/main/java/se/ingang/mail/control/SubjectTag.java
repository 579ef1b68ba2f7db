package se.ingang.mail.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Our case tag in a subject, "[Ärende 2026-000123]". Only this exact form threads: another
 * ticket system's tag ("[Ticket #4711]", "[JIRA-12]", "[Ärende #88]") never matches a case
 * number, so it neither threads nor hides our tag.
 */
public final class SubjectTag {

    private static final Pattern TAG = Pattern.compile("\\[\\s*(?:Ärende|Arende|ÄRENDE|Case)\\s+(\\d{4}-\\d{6,})\\s*\\]");

    private SubjectTag() {
    }

    public static String of(String caseNumber) {
        return "[Ärende " + caseNumber + "]";
    }

    /** The case number of our tag; the last one wins when a forwarded subject carries several. */
    public static Optional<String> caseNumberIn(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        var m = TAG.matcher(subject);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }

    /** The subject with our tag and any leading "Re:"/"Sv:"/"Fwd:" removed, for a new outgoing subject. */
    public static String strip(String subject) {
        if (subject == null) {
            return "";
        }
        String s = TAG.matcher(subject).replaceAll("").trim();
        String before;
        do {
            before = s;
            s = s.replaceFirst("(?i)^(re|sv|aw|vs|fwd?|vb)\\s*:\\s*", "").trim();
        } while (!s.equals(before));
        return s;
    }

    /** "[Ärende N] subject", the tag first so it survives clients that shorten subjects. */
    public static String tagged(String caseNumber, String subject) {
        String rest = strip(subject);
        return rest.isEmpty() ? of(caseNumber) : of(caseNumber) + " " + rest;
    }
}
