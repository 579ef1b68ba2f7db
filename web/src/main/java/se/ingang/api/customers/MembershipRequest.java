package se.ingang.api.customers;

/** The organisation a person acts for; null: none. */
public record MembershipRequest(Long organisationId) {
}
