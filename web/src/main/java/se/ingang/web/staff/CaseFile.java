package se.ingang.web.staff;

import java.io.Serializable;
import java.util.List;
import se.ingang.api.cases.CaseDetail;

/** Everything the case view shows, read in one transaction: the case, the customer's other cases, the deadlines. */
public record CaseFile(CaseDetail detail, List<CaseRow> earlierCases, List<DeadlineRow> deadlines)
        implements Serializable {
}
