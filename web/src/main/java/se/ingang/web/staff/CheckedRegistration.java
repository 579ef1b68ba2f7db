package se.ingang.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.telephony.boundary.OneStepContact;
import se.ingang.telephony.boundary.OneStepRegistration;

/**
 * One-step registration with the API's checks (POST /api/one-step-cases): any staff member
 * registers, and it stands only if they work in the front office the case lands in. One
 * transaction, so a refusal leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class CheckedRegistration {

    @Inject
    OneStepRegistration registration;

    @Inject
    CaseAccess access;

    /** Answers the new case's number. */
    public String register(OneStepContact contact, String username) {
        access.requireStaff(username);
        var c = registration.register(contact, username);
        access.checkWorkIn(c.getFrontOffice().getCode(), username);
        return c.getNumber().value();
    }
}
