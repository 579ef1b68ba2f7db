package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.registry.boundary.Registry;
import se.ingang.registry.boundary.RegistryQuery;

/** The registry page (GET ?q=&amp;year=): registered matters, newest number first; all staff. */
@Named
@RequestScoped
public class RegistryScreen {

    /** One line of the registry as the page shows it. */
    public record Row(String registryNumber, String registeredOn, String caseNumber, String title, String status) {
    }

    @Inject
    Registry registry;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private String q;
    private Integer year;
    private List<Row> rows = List.of();
    private long total;

    public void load() throws java.io.IOException {
        if (Refusal.refused(access.who(user.getName()).isStaff())) {
            return;
        }
        var page = registry.search(new RegistryQuery(year, q, 0, 200), access.visibility(user.getName()));
        rows = page.items().stream().map(r -> new Row(r.getRegistryNumber(), r.getRegisteredOn().toString(),
                r.getServiceCase().getNumber().value(), page.titleOf(r), r.getServiceCase().getStatus().name())).toList();
        total = page.total();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getTotalText() {
        return String.valueOf(total);
    }

    /** The CSV export of what the page shows (the API, with the same session). */
    public String getExportLink() {
        var link = new StringBuilder("/api/registry/export?q=").append(q == null ? "" : java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8));
        if (year != null) {
            link.append("&year=").append(year);
        }
        return link.toString();
    }
}
