package se.ingang.api.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.ingang.customers.entity.OrganisationKind;

/** Create or change an organisation (version: the one you saw, for a change). */
public record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
                                  @Size(max = 30) String orgNumber, @Size(max = 100) String keyAccountOwner, Long version) {
}
