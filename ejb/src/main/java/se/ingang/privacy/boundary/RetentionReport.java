package se.ingang.privacy.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a retention run did (or, in a dry run, would do). */
public record RetentionReport(Instant ranAt, boolean dryRun, Map<String, Integer> monthsByCaseType,
                              List<String> anonymisedCases, int erasedCustomers) {
}
