package se.ingang.search.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.ingang.platform.control.FullTextQuery;
import se.ingang.search.boundary.SearchScope;

/**
 * The SQL of one case search over MariaDB's InnoDB full-text indexes (V62__search_index.sql).
 * <ul>
 * <li>A case number, or its beginning ("2026-0001"), is looked up over the unique index on
 *     case_number; an e-mail address over the unique index on customer.email. The full-text
 *     parser would split both at '-', '@' and '.'.</li>
 * <li>Otherwise every word (3 letters or more, InnoDB's innodb_ft_min_token_size) must occur,
 *     as a word or a word's beginning, somewhere in the case: the subject, a message or note
 *     (timeline texts), or the customer's name. Hits are ranked by the summed relevance,
 *     subject and name weighted above message texts.</li>
 * <li>The scope (queues, front offices, assignee: what the caller may read; and the queues they
 *     narrowed it to) is part of the WHERE clause, so totals and pages are exact.</li>
 * </ul>
 * The tables are utf8mb4 with utf8mb4_unicode_ci, so å, ä and ö are letters of a word and
 * matching ignores case.
 */
public final class CaseSearchQuery {

    static final int MIN_WORD = 3;
    private static final Pattern CASE_NUMBER_PREFIX = Pattern.compile("\\d{4}(-\\d{0,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private final String sql;
    private final String countSql;
    private final Map<String, Object> parameters;

    private CaseSearchQuery(String hits, SearchScope scope, Map<String, Object> parameters) {
        var where = new ArrayList<String>();
        if (!scope.everything()) {
            var access = new ArrayList<String>();
            if (!scope.queues().isEmpty()) {
                access.add("q.code IN (:queues)");
                parameters.put("queues", List.copyOf(scope.queues()));
            }
            if (!scope.frontOffices().isEmpty()) {
                access.add("c.front_office_id IN (SELECT fo.id FROM queue fo WHERE fo.code IN (:frontOffices))");
                parameters.put("frontOffices", List.copyOf(scope.frontOffices()));
            }
            if (scope.assignee() != null && !scope.assignee().isBlank()) {
                access.add("c.assignee = :assignee");
                parameters.put("assignee", scope.assignee());
            }
            where.add("(" + String.join(" OR ", access) + ")");
        }
        if (!scope.only().isEmpty()) {
            where.add("q.code IN (:onlyQueues)");
            parameters.put("onlyQueues", List.copyOf(scope.only()));
        }
        String from = " FROM (" + hits + ") h JOIN service_case c ON c.id = h.case_id JOIN queue q ON q.id = c.queue_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        this.sql = "SELECT h.case_id, SUM(h.score) AS score" + from
                + " GROUP BY h.case_id, c.received_at ORDER BY score DESC, c.received_at DESC, h.case_id DESC"
                + " LIMIT :pageSize OFFSET :pageStart";
        this.countSql = "SELECT COUNT(DISTINCT h.case_id)" + from;
        this.parameters = parameters;
    }

    /** Empty when the text holds nothing searchable (only short words or punctuation). */
    public static java.util.Optional<CaseSearchQuery> of(String text, SearchScope scope) {
        if (text == null || text.isBlank() || scope.seesNothing()) {
            return java.util.Optional.empty();
        }
        String q = text.strip();
        var parameters = new LinkedHashMap<String, Object>();
        if (CASE_NUMBER_PREFIX.matcher(q).matches()) {
            parameters.put("number", q + "%");
            return java.util.Optional.of(new CaseSearchQuery(
                    "SELECT id AS case_id, 100 AS score FROM service_case WHERE case_number LIKE :number", scope, parameters));
        }
        if (EMAIL.matcher(q).matches()) {
            parameters.put("email", q.toLowerCase(Locale.ROOT));
            return java.util.Optional.of(new CaseSearchQuery("SELECT c.id AS case_id, 100 AS score FROM customer cu"
                    + " JOIN service_case c ON c.customer_id = cu.id WHERE cu.email = :email", scope, parameters));
        }
        List<String> words = words(q);
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        parameters.put("words", String.join(" ", words.stream().map(w -> w + "*").toList()));
        String ranked = "SELECT id AS case_id, 3 * MATCH(subject) AGAINST (:words IN BOOLEAN MODE) AS score"
                + " FROM service_case WHERE MATCH(subject) AGAINST (:words IN BOOLEAN MODE)"
                + " UNION ALL SELECT c.id, 2 * MATCH(cu.name) AGAINST (:words IN BOOLEAN MODE) FROM customer cu"
                + " JOIN service_case c ON c.customer_id = cu.id WHERE MATCH(cu.name) AGAINST (:words IN BOOLEAN MODE)"
                + " UNION ALL SELECT case_id, MATCH(body) AGAINST (:words IN BOOLEAN MODE) FROM timeline_entry"
                + " WHERE MATCH(body) AGAINST (:words IN BOOLEAN MODE)";
        var every = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++) {
            String p = ":w" + i;
            parameters.put("w" + i, words.get(i) + "*");
            every.add("id IN (SELECT id FROM service_case WHERE MATCH(subject) AGAINST (" + p + " IN BOOLEAN MODE)"
                    + " UNION SELECT c.id FROM customer cu JOIN service_case c ON c.customer_id = cu.id"
                    + " WHERE MATCH(cu.name) AGAINST (" + p + " IN BOOLEAN MODE)"
                    + " UNION SELECT case_id FROM timeline_entry WHERE MATCH(body) AGAINST (" + p + " IN BOOLEAN MODE))");
        }
        String hits = "SELECT r.case_id, r.score FROM (" + ranked + ") r WHERE r.case_id IN (SELECT id FROM service_case WHERE "
                + String.join(" AND ", every) + ")";
        return java.util.Optional.of(new CaseSearchQuery(hits, scope, parameters));
    }

    /** The distinct searchable words, lower case, in order; at most ten. */
    static List<String> words(String text) {
        String terms = FullTextQuery.anyWordAsPrefix(text, MIN_WORD);
        if (terms.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(terms.split(" ")).map(t -> t.substring(0, t.length() - 1))
                .distinct().limit(10).toList();
    }

    public String sql() {
        return sql;
    }

    public String countSql() {
        return countSql;
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
