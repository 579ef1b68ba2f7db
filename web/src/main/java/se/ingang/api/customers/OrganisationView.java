package se.ingang.api.customers;

import java.time.Instant;
import se.ingang.customers.entity.CustomerOrganisation;

/** An organisation as JSON. */
public record OrganisationView(long id, long version, String name, String kind, String orgNumber, String keyAccountOwner,
                               Instant createdAt) {

    public static OrganisationView of(CustomerOrganisation o) {
        return new OrganisationView(o.getId(), o.getVersion(), o.getName(), o.getKind().name(), o.getOrgNumber(),
                o.getKeyAccountOwner(), o.getCreatedAt());
    }
}
