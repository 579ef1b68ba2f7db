package se.ingang.api.mail;

import se.ingang.mail.boundary.IntakeOutcome;

/** What a retry of quarantined mail did, and the entry afterwards. */
public record RetryOutcome(IntakeOutcome outcome, QuarantineView entry) {
}
