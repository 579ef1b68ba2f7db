package se.ingang.api.registry;

import jakarta.validation.constraints.Size;

/** Register a case; the title defaults to the case's subject. */
public record RegistrationRequest(@Size(max = 300) String title) {
}
