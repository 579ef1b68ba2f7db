package se.ingang.api.privacy;

import java.util.List;

/** What an erasure touched. */
public record ErasureResult(long customerId, List<String> erasedCases) {
}
