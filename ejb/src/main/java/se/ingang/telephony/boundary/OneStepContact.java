package se.ingang.telephony.boundary;

import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * A call an agent just answered, or a visitor at the desk, registered in one step: who it
 * was, what it was about (topic, note), and whether it was resolved there and then (answer:
 * what the customer was told; the note when left out) or routed (to group, or where the
 * routing table says). callId links a PHONE contact to its call record; the caller's number
 * and the phone queue's front office come from it when not given.
 */
public record OneStepContact(Channel channel, String callId, String customerName, String customerEmail,
                             String customerPhone, CustomerGroup customerGroup, String topic, String subject,
                             String note, CaseType type, Priority priority, TriageDecision.Outcome outcome,
                             String answer, String group) {
}
