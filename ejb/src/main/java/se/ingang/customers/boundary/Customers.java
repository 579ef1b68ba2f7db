package se.ingang.customers.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.control.ApplicationClock;

/** Finds the customer behind a contact, or registers a new one. */
@Stateless
public class Customers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    public Customer findOrRegister(String name, String email, String phone, CustomerGroup group) {
        String normalised = Customer.normaliseEmail(email);
        if (normalised != null) {
            var known = em.createNamedQuery(Customer.FIND_BY_EMAIL, Customer.class)
                    .setParameter("email", normalised).getResultStream().findFirst();
            if (known.isPresent()) {
                known.get().completeWith(name, phone, group);
                return known.get();
            }
        }
        String phoneNumber = Customer.normalisePhone(phone);
        if (normalised == null && phoneNumber != null) {
            // No address to go by (a call, a visit): the phone number identifies the caller.
            var known = em.createNamedQuery(Customer.FIND_BY_PHONE, Customer.class)
                    .setParameter("phone", phoneNumber).getResultStream().findFirst();
            if (known.isPresent()) {
                known.get().completeWith(name, phone, group);
                return known.get();
            }
        }
        var customer = new Customer(name, normalised, phone, group, clock.now());
        em.persist(customer);
        return customer;
    }
}
