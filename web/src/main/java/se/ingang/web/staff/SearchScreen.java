package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The search page (GET ?q=…): cases by number, subject, messages, notes or customer, only
 * among those the signed-in person may open (CaseSearch with their scope, as GET /api/search).
 */
@Named
@RequestScoped
public class SearchScreen {

    @Inject
    WorkspaceReads reads;

    @Inject
    CurrentUser user;

    private String q;
    private List<CaseRow> hits = List.of();
    private long total;
    private boolean searched;

    /** View action: searches when there is something to search for. */
    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        var rows = reads.search(q.trim(), user.getName());
        hits = rows.rows();
        total = rows.total();
        searched = true;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<CaseRow> getHits() {
        return hits;
    }

    public long getTotal() {
        return total;
    }

    public String getTotalText() {
        return String.valueOf(total);
    }

    public boolean isSearched() {
        return searched;
    }
}
