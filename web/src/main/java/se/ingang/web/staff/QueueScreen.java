package se.ingang.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.entity.CaseStatus;

/**
 * The three case lists: the front office's inbox (new and returned cases), the back-office
 * group queues, and "my cases". Filters and order become one {@link CaseQuery}; the table
 * loads one page at a time and polls, so new cases show up without a reload.
 */
@Named
@ViewScoped
public class QueueScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    public enum Mode { FRONT_OFFICE, GROUPS, MINE }

    @Inject
    WorkspaceReads reads;

    @Inject
    CurrentUser user;

    private Mode mode = Mode.FRONT_OFFICE;
    private String queue;
    private CaseStatus status = CaseStatus.NEW;
    private String customerEmail;
    private CaseQuery.Sort sort = CaseQuery.Sort.NEWEST;
    private List<QueueOption> queueOptions = List.of();
    private String actor;
    private Instant updatedAt;
    /** What the table shows now (the page's first row, its size, the total and the case numbers). */
    private String shown = "";
    private int shownFirst;
    private int shownPageSize = PAGE_SIZE;

    private final LazyDataModel<CaseRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) reads.queue(query(0, 1), actor).total();
        }

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = reads.queue(query(first / Math.max(1, pageSize), pageSize), actor);
            setRowCount((int) page.total());
            updatedAt = reads.now();
            shownFirst = first;
            shownPageSize = pageSize;
            shown = fingerprint(page);
            return page.rows();
        }

        @Override
        public String getRowKey(CaseRow row) {
            return row.number();
        }

        @Override
        public CaseRow getRowData(String rowKey) {
            return null;
        }
    };

    /** Called by the page (a view action on the first GET) with the list it shows. */
    public void open(String which) {
        mode = Mode.valueOf(which);
        actor = user.getName();
        status = switch (mode) {
            case FRONT_OFFICE -> CaseStatus.NEW;
            case GROUPS, MINE -> CaseStatus.IN_PROGRESS;
        };
        boolean backOffice = mode != Mode.FRONT_OFFICE;
        var mine = user.workQueues().stream().filter(q -> q.isBackOffice() == backOffice).toList();
        var offered = reads.visibleQueues(actor).stream().filter(q -> q.isBackOffice() == backOffice).toList();
        queueOptions = offered.stream().map(q -> new QueueOption(q.getCode(), q.getName())).toList();
        queue = mine.isEmpty() || mode == Mode.MINE ? null : mine.get(0).getCode();
    }

    /**
     * The poll: re-render the table only when its page would look different, so a person
     * moving through the rows with the keyboard keeps their place while nothing changes.
     */
    public void refreshIfChanged() {
        var page = reads.queue(query(shownFirst / Math.max(1, shownPageSize), shownPageSize), actor);
        updatedAt = reads.now();
        if (!fingerprint(page).equals(shown)) {
            PrimeFaces.current().ajax().update("list:cases");
        }
    }

    private static String fingerprint(WorkspaceReads.Rows page) {
        return page.total() + ":" + page.rows().stream()
                .map(r -> r.number() + "/" + r.status() + "/" + r.priority() + "/" + r.assignee())
                .reduce("", (a, b) -> a + "," + b);
    }

    CaseQuery query(int page, int size) {
        String assignee = mode == Mode.MINE ? actor : null;
        return new CaseQuery(mode == Mode.MINE ? null : queue, status, assignee, blankToNull(customerEmail), sort,
                page, size);
    }

    public List<CaseStatus> getStatusOptions() {
        return switch (mode) {
            case FRONT_OFFICE -> List.of(CaseStatus.NEW);
            case GROUPS -> List.of(CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CUSTOMER);
            case MINE -> List.of(CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CUSTOMER, CaseStatus.RESOLVED);
        };
    }

    public List<CaseQuery.Sort> getSortOptions() {
        return List.of(CaseQuery.Sort.values());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<CaseRow> getRows() {
        return rows;
    }

    public Mode getMode() {
        return mode;
    }

    public List<QueueOption> getQueueOptions() {
        return queueOptions;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = blankToNull(queue);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public CaseQuery.Sort getSort() {
        return sort;
    }

    public void setSort(CaseQuery.Sort sort) {
        this.sort = sort;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** A queue in a filter's list. */
    public record QueueOption(String code, String name) implements Serializable {
    }
}
