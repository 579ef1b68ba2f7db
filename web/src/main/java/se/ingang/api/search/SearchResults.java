package se.ingang.api.search;

import java.util.List;

/** GET /api/search: one page of hits, best first, and how many there are in all. */
public record SearchResults(String q, List<SearchHitView> hits, long total, int page, int size) {
}
