package se.ingang.api.telephony;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.ingang.telephony.entity.CallbackOutcome;

/**
 * POST /api/callbacks/{caseNumber}/attempts: RESOLVED ("called back, resolved"; the note is
 * what the customer was told) or NO_ANSWER ("no answer, try again"); version is the case
 * version the agent saw (optional).
 */
public record CallbackAttemptRequest(@NotNull CallbackOutcome outcome, @Size(max = 2000) String note, Long version) {
}
