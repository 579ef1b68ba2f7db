package se.ingang.api.reports;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** The cases behind a figure: how many, and their numbers (at most {@link ReportsResource#MAX_CASES}). */
@JsonbNillable
public record CaseListView(String kpi, String key, String bucket, long total, List<String> caseNumbers) {
}
