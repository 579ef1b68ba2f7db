package se.ingang.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.search.boundary.CaseSearch;
import se.ingang.search.boundary.SearchScope;

/**
 * GET /api/search?q=…&amp;page=0&amp;size=20[&amp;queue=…]: cases by number, subject, messages,
 * notes, customer name or e-mail. Only cases the caller may open are found (their access is
 * part of the query, so totals and pages never count the others); queue=… narrows that further.
 * Each search is in the audit trail: its words and how many hits.
 */
@Path("search")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CaseSearch search;

    @Inject
    CaseAccess access;

    @Inject
    ReadTrail reads;

    @Context
    SecurityContext security;

    @GET
    public SearchResults search(@QueryParam("q") String q, @QueryParam("queue") List<String> queues,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        var result = search.search(q, scope(queues), page, size);
        reads.searched(q, result.total(), Caller.name(security), ReadChannel.API);
        return new SearchResults(q, result.hits().stream().map(SearchHitView::of).toList(), result.total(),
                result.page(), result.size());
    }

    /** What the caller may read (as in GET /api/cases), narrowed to the queues asked for. */
    private SearchScope scope(List<String> queues) {
        return SearchScope.of(access.visibility(Caller.name(security)))
                .narrowedTo(queues == null ? Set.of() : Set.copyOf(queues));
    }
}
