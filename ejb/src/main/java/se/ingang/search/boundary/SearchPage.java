package se.ingang.search.boundary;

import java.util.List;
import se.ingang.cases.entity.Case;

/** One page of search results, best first; total counts every hit in the caller's scope. */
public record SearchPage(List<Hit> hits, long total, int page, int size) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** A case that matched, and how well (higher is better; a case number or e-mail match is best). */
    public record Hit(Case theCase, double score) {
    }
}
