package se.ingang.api.registry;

import java.time.Instant;
import se.ingang.registry.entity.LegalHold;

/** A case's legal hold as JSON. */
public record LegalHoldView(String caseNumber, String reason, Instant placedAt, String placedBy) {

    public static LegalHoldView of(LegalHold h) {
        return new LegalHoldView(h.getServiceCase().getNumber().value(), h.getReason(), h.getPlacedAt(), h.getPlacedBy());
    }
}
