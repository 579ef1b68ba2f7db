package se.ingang.mail.control;

import java.util.Locale;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.TimelineEntry;
import se.ingang.cases.entity.TimelineEntryKind;

/**
 * The language we write to a customer in: the one they chose, else the one the case was
 * written in, else a guess from their first message (Swedish when nothing tells).
 */
public final class ReplyLanguage {

    private ReplyLanguage() {
    }

    public static Locale of(Case c) {
        String chosen = c.getCustomer() == null ? null : c.getCustomer().getPreferredLanguage();
        if (chosen == null) {
            chosen = c.getLanguage();
        }
        if (chosen != null) {
            return "en".equals(chosen) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        }
        String first = c.getTimeline().stream().filter(e -> e.getKind() == TimelineEntryKind.INBOUND_MESSAGE)
                .map(TimelineEntry::getBody).findFirst().orElse(null);
        return LanguageGuess.of(null, c.getSubject(), first);
    }
}
