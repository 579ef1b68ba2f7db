package se.ingang.api.registry;

import java.time.Instant;
import java.time.LocalDate;
import se.ingang.registry.entity.Registration;

/** A registry entry as JSON. */
public record RegistrationView(String registryNumber, int year, long sequence, LocalDate registeredOn, Instant registeredAt,
                               String registeredBy, String caseNumber, String title, String caseType, String status) {

    public static RegistrationView of(Registration r) {
        return of(r, r.getTitle());
    }

    /** With the title as the reader may see it (null: withheld, see Registry.search). */
    public static RegistrationView of(Registration r, String title) {
        var c = r.getServiceCase();
        return new RegistrationView(r.getRegistryNumber(), r.getYear(), r.getSequence(), r.getRegisteredOn(),
                r.getRegisteredAt(), r.getRegisteredBy(), c.getNumber().value(), title, c.getType().name(),
                c.getStatus().name());
    }
}
