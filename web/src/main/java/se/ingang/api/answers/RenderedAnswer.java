package se.ingang.api.answers;

import java.util.List;

/** A canned answer filled in for one case; unresolved names placeholders that had no value. */
public record RenderedAnswer(long id, String text, List<String> unresolved) {
}
