package se.ingang.api.mail;

import jakarta.validation.constraints.Size;

/**
 * "Make a case" of quarantined mail: the customer's address (required when the message has no
 * usable sender) and, if the administrator wants another, the subject.
 */
public record MakeCaseRequest(@Size(max = 254) String customerEmail, @Size(max = 300) String subject) {
}
