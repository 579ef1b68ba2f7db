package se.ingang.cases.boundary;

/** A case was registered (fired in the registering transaction; observers decide when to act). */
public record CaseRegistered(String number, String channel) {
}
