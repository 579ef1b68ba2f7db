package se.ingang.api.cases;

import jakarta.ws.rs.QueryParam;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.entity.CaseStatus;

/** The query string of GET /api/cases: filters (empty means any), order and page. */
public class CaseListParameters {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 200;
    /** The domain computes page * size as an int; a larger page would overflow into an error. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("queue")
    String queue;

    @QueryParam("status")
    String status;

    @QueryParam("assignee")
    String assignee;

    @QueryParam("customerEmail")
    String customerEmail;

    @QueryParam("sort")
    String sort;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    /** "assignee=me" names the caller. */
    static final String ME = "me";

    CaseQuery toQuery() {
        return toQuery(null);
    }

    CaseQuery toQuery(String caller) {
        var parser = new ParameterParser();
        var parsedStatus = parser.optionalEnum("status", status, CaseStatus.class);
        var parsedSort = parser.optionalEnum("sort", sort, CaseQuery.Sort.class);
        int parsedPage = parser.integer("page", page, 0, 0, MAX_PAGE);
        int parsedSize = parser.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        parser.throwIfInvalid();
        String parsedAssignee = ParameterParser.optionalText(assignee);
        if (caller != null && ME.equals(parsedAssignee)) {
            parsedAssignee = caller;
        }
        return new CaseQuery(ParameterParser.optionalText(queue), parsedStatus, parsedAssignee,
                ParameterParser.optionalText(customerEmail), parsedSort == null ? CaseQuery.Sort.NEWEST : parsedSort,
                parsedPage, parsedSize);
    }
}
