package se.ingang.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;
import se.ingang.cases.entity.Case;

/**
 * A case's entries in the audit trail: the fields a command changed (status, queue, owner,
 * categories, customer), old → new. Texts (messages, notes) are on the timeline; the trail
 * only says that one was added, so it never holds what a customer wrote.
 */
@ApplicationScoped
public class CaseTrail {

    /** The actor of a customer's own messages: their address is personal data and stays out of the trail. */
    public static final String CUSTOMER = "customer";

    @Inject
    AuditLog audit;

    /** The audited fields of a case now; compare with {@link #changed}. */
    public Map<String, Object> snapshot(Case c) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", c.getStatus());
        fields.put("queue", c.getQueue() == null ? null : c.getQueue().getCode());
        fields.put("assignee", c.getAssignee());
        fields.put("type", c.getType());
        fields.put("topic", c.getTopic() == null ? null : c.getTopic().getCode());
        fields.put("priority", c.getPriority());
        fields.put("customerGroup", c.getCustomerGroup());
        fields.put("customer", c.getCustomer() == null ? null : c.getCustomer().getId());
        return fields;
    }

    /** Records the command and what it changed since {@code before} (an empty map: a new case). */
    public void changed(String action, Map<String, Object> before, Case c, String actor) {
        audit.record(actor, AuditLog.CASE, c.getNumber().value(), action, Changes.between(before, snapshot(c)));
    }

    /** Something that changes no audited field (a note, a reply, a registration in the registry). */
    public void recorded(String action, Case c, String actor, Changes details) {
        audit.record(actor, AuditLog.CASE, c.getNumber().value(), action, details);
    }
}
