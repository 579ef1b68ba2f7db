package se.ingang.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import se.ingang.search.boundary.CaseSearch;
import se.ingang.search.boundary.SearchScope;

/**
 * GET /api/search?q=…&amp;page=0&amp;size=20[&amp;queue=…]: cases by number, subject, messages,
 * notes, customer name or e-mail. {@link #scope} is where the caller's access decides what
 * they may see; until the access rules are wired in, queue=… narrows the search by hand.
 */
@Path("search")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CaseSearch search;

    @GET
    public SearchResults search(@QueryParam("q") String q, @QueryParam("queue") List<String> queues,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        var result = search.search(q, scope(queues), page, size);
        return new SearchResults(q, result.hits().stream().map(SearchHitView::of).toList(), result.total(),
                result.page(), result.size());
    }

    /** Security merge: replace with the access service's scope of the caller (queues + own cases). */
    private static SearchScope scope(List<String> queues) {
        return queues == null || queues.isEmpty() ? SearchScope.all() : SearchScope.of(Set.copyOf(queues), null);
    }
}
