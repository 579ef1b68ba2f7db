package se.ingang.publicform.boundary;

import java.io.Serializable;

/** What the customer gets back: the case number and the private status token (shown once, mailed once). */
public record Receipt(String caseNumber, String token, boolean mailed) implements Serializable {

    public String statusPath() {
        return "/status/" + token;
    }
}
