package se.ingang.api.telephony;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.telephony.boundary.OneStepContact;

/**
 * POST /api/one-step-cases: an answered call (channel PHONE, callId links its call record)
 * or a walk-in visit (VISIT), registered and triaged at once. outcome RESOLVE (default; answer
 * is what the customer was told, else the note) or ROUTE (to group, or by the routing table).
 */
public record OneStepCaseRequest(
        @NotNull Channel channel,
        @Size(max = 100) String callId,
        @Valid Customer customer,
        @Size(max = 64) String topic,
        @Size(max = 300) String subject,
        @NotBlank @Size(max = 100_000) String note,
        CaseType type,
        Priority priority,
        TriageDecision.Outcome outcome,
        @Size(max = 100_000) String answer,
        @Size(max = 64) String group) {

    /** Who called or came by; all optional (a visitor may stay anonymous). */
    public record Customer(@Size(max = 200) String name, @Email @Size(max = 254) String email,
                           @Size(max = 40) String phone, CustomerGroup group) {
    }

    OneStepContact toContact() {
        var who = customer == null ? new Customer(null, null, null, null) : customer;
        return new OneStepContact(channel, callId, who.name(), who.email(), who.phone(), who.group(), topic, subject,
                note, type, priority, outcome, answer, group);
    }
}
