package se.ingang.cases.boundary;

import java.util.List;
import se.ingang.cases.entity.Case;

/** One page of a case list and the total number of cases that match. */
public record CasePage(List<Case> cases, long total, int page, int size) {
}
