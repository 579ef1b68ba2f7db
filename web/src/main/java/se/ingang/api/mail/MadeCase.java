package se.ingang.api.mail;

/** The case that quarantined or noise mail became (new, or the thread it continued). */
public record MadeCase(String caseNumber) {
}
