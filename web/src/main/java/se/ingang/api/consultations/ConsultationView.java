package se.ingang.api.consultations;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import se.ingang.consultations.entity.Consultation;
import se.ingang.consultations.entity.ConsultationStatus;

/** One consultation: which case, which group, the question and (once given) the answer. */
@JsonbNillable
public record ConsultationView(long id, long version, String caseNumber, String caseSubject, String caseQueue,
                               String group, String question, String askedBy, Instant askedAt,
                               ConsultationStatus status, String answer, String answeredBy, Instant endedAt) {

    static ConsultationView of(Consultation k) {
        var c = k.getCase();
        return new ConsultationView(k.getId(), k.getVersion(), c.getNumber().value(), c.getSubject(),
                c.getQueue().getCode(), k.getGroup().getCode(), k.getQuestion(), k.getAskedBy(), k.getAskedAt(),
                k.getStatus(), k.getAnswer(), k.getAnsweredBy(), k.getEndedAt());
    }
}
