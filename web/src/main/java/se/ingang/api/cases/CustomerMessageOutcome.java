package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.ingang.cases.entity.CustomerMessageEffect;

/** What a customer's message did, and the case it landed on (a new follow-up case after closing). */
@JsonbPropertyOrder({"effect", "landedOn"})
public record CustomerMessageOutcome(
        CustomerMessageEffect effect,
        // "case" is a Java keyword, so the component has another name than the JSON member.
        @JsonbProperty("case") CaseDetail landedOn) {
}
