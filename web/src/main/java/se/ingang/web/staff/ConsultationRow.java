package se.ingang.web.staff;

import java.io.Serializable;
import java.time.Instant;
import se.ingang.consultations.entity.Consultation;
import se.ingang.consultations.entity.ConsultationStatus;

/** One question to another group about a case, as the case view and the group's list show it. */
public record ConsultationRow(long id, long version, String caseNumber, String caseSubject, String group,
                              String question, String askedBy, Instant askedAt, ConsultationStatus status,
                              String answer, String answeredBy) implements Serializable {

    static ConsultationRow of(Consultation k) {
        return new ConsultationRow(k.getId(), k.getVersion(), k.getCase().getNumber().value(), k.getCase().getSubject(),
                k.getGroup().getCode(), k.getQuestion(), k.getAskedBy(), k.getAskedAt(), k.getStatus(), k.getAnswer(),
                k.getAnsweredBy());
    }

    public boolean isOpen() {
        return status == ConsultationStatus.OPEN;
    }
}
