package se.ingang.publicform.control;

/** A case came in through the form; after commit, its customer gets a receipt with the status link. */
public record ReceiptRequested(String caseNumber, String email, String token, String language) {
}
