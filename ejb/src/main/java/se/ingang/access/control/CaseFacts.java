package se.ingang.access.control;

import se.ingang.cases.entity.Case;

/** What the access rules need to know about a case: where it is, where it came in, who owns it. */
public record CaseFacts(String queue, String frontOffice, String assignee) {

    public static CaseFacts of(Case c) {
        return new CaseFacts(c.getQueue().getCode(), c.getFrontOffice().getCode(), c.getAssignee());
    }
}
