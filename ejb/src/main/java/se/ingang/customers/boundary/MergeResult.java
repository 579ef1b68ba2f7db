package se.ingang.customers.boundary;

import java.util.List;

/** What a merge did: the record that stays, the duplicate, and the cases that moved. */
public record MergeResult(long survivorId, long duplicateId, List<String> movedCases) {
}
