package se.ingang.api.reports;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** The cases behind a figure: how many, and their numbers (at most {@link se.ingang.reports.boundary.Reports#LISTED_CASES}). */
@JsonbNillable
public record CaseListView(String kpi, String key, String bucket, long total, List<String> caseNumbers) {
}
