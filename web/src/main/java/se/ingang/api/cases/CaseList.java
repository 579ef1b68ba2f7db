package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a case list; total counts every match, so a client can page on. */
@JsonbPropertyOrder({"items", "total", "page", "size"})
public record CaseList(List<CaseSummary> items, long total, int page, int size) {
}
