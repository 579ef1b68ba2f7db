package se.ingang.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{number}/customer-messages: the customer wrote again; "from" defaults to "customer". */
public record CustomerMessageRequest(
        @NotBlank @Size(max = Limits.TEXT) String text,
        @Size(max = Limits.AUTHOR) String from) {
}
