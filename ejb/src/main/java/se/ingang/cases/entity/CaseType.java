package se.ingang.cases.entity;

import java.util.Arrays;
import java.util.List;
import se.ingang.platform.errors.InvalidInputException;

/** What kind of enquiry a case is; set (or corrected) by the front office at triage. */
public enum CaseType {
    ORDER,
    SUPPORT,
    FAULT_REPORT,
    FEEDBACK,
    /**
     * "Ring tillbaka": a missed call we owe a call back. Only telephony registers these: its
     * deadlines are the shortest there are, so a customer or agent who could pick it would jump the queue.
     */
    CALLBACK;

    /** The types a customer (web form, API) or an agent (triage) may choose, in the order forms list them. */
    public static List<CaseType> choosable() {
        return Arrays.stream(values()).filter(CaseType::isChoosable).toList();
    }

    public boolean isChoosable() {
        return this != CALLBACK;
    }

    /** Refuses a type only the system gives; null (no choice) passes. */
    public static CaseType requireChoosable(CaseType type) {
        if (type != null && !type.isChoosable()) {
            throw new InvalidInputException("type", type + " is given by the system to missed calls and cannot be chosen;"
                    + " choose one of " + choosable());
        }
        return type;
    }
}
