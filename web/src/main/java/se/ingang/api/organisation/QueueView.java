package se.ingang.api.organisation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.ingang.organisation.entity.AssignmentPolicy;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;

/** A front-office profile or back-office group; case commands refer to it by code. */
@JsonbPropertyOrder({"code", "name", "kind", "assignmentPolicy", "signatureSv", "signatureEn"})
public record QueueView(String code, String name, QueueKind kind, AssignmentPolicy assignmentPolicy,
                        String signatureSv, String signatureEn) {

    static QueueView of(Queue queue) {
        return new QueueView(queue.getCode(), queue.getName(), queue.getKind(), queue.getAssignmentPolicy(),
                queue.getSignatureSv(), queue.getSignatureEn());
    }
}
