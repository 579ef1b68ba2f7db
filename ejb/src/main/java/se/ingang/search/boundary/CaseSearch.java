package se.ingang.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import se.ingang.cases.entity.Case;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.search.control.CaseSearchQuery;

/**
 * Finds cases by number, subject, message and note texts, customer name or e-mail address,
 * within the scope the caller may see (see CaseSearchQuery for how, and why MariaDB's own
 * full-text indexes).
 */
@Stateless
public class CaseSearch {

    public static final int MAX_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public SearchPage search(String text, SearchScope scope, int page, int size) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("q", "type what to search for");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "between 1 and " + MAX_SIZE);
        }
        var query = CaseSearchQuery.of(text, scope);
        if (query.isEmpty()) {
            return new SearchPage(List.of(), 0, page, size);
        }
        var rows = em.createNativeQuery(query.get().sql());
        var count = em.createNativeQuery(query.get().countSql());
        query.get().parameters().forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        rows.setParameter("pageSize", size).setParameter("pageStart", page * size);
        var hits = new ArrayList<SearchPage.Hit>();
        for (Object[] row : (List<Object[]>) rows.getResultList()) {
            var c = em.find(Case.class, ((Number) row[0]).longValue());
            hits.add(new SearchPage.Hit(c, ((Number) row[1]).doubleValue()));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new SearchPage(hits, total, page, size);
    }
}
