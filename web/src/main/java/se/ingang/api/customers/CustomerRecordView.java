package se.ingang.api.customers;

import se.ingang.customers.entity.Customer;

/** A customer record, for matching and for an organisation's member list. */
public record CustomerRecordView(long id, String name, String email, String phone, String group, Long organisationId,
                                 String legalBasis) {

    public static CustomerRecordView of(Customer c) {
        return new CustomerRecordView(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getGroup().name(),
                c.getOrganisation() == null ? null : c.getOrganisation().getId(), c.getLegalBasis().name());
    }
}
