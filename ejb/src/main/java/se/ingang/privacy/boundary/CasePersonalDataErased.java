package se.ingang.privacy.boundary;

/** Fired in the erasing transaction, so features that keep their own copies of a case's texts erase them too. */
public record CasePersonalDataErased(long caseId) {
}
