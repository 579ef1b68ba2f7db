package se.ingang.notes.boundary;

import java.util.List;
import se.ingang.cases.entity.Case;

/**
 * A note that was added: the case, who was notified (usernames and group codes) and the
 * mentions that named nobody, so the writer can correct them.
 */
public record NoteResult(Case theCase, List<String> notified, List<String> unknownMentions) {

    public NoteResult {
        notified = List.copyOf(notified);
        unknownMentions = List.copyOf(unknownMentions);
    }
}
