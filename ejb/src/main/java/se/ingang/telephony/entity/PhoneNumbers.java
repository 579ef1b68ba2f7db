package se.ingang.telephony.entity;

import se.ingang.customers.entity.PhoneNumberForm;

/**
 * Phone numbers as the rest of Ingång stores them (customers are matched by the same form:
 * "070-123 45 67" and "+46 70 123 45 67" are one number), and which callers we can call back.
 */
public final class PhoneNumbers {

    /** Fewer digits than this is no number we could dial back (an extension, "0", a placeholder). */
    static final int MIN_DIGITS = 6;

    private PhoneNumbers() {
    }

    /**
     * The one stored form ({@link PhoneNumberForm}) of a number a machine reported or we stored
     * ourselves, or null for nothing; letters ("anonymous") mean no number here, not an error.
     */
    public static String normalise(String raw) {
        return PhoneNumberForm.normaliseOrNull(raw);
    }

    /**
     * The caller's number when we can call it back; null when it is hidden ("anonymous",
     * "dolt nummer", empty) or too short to be a real number.
     */
    public static String identifiable(String raw) {
        String normalised = normalise(raw);
        if (normalised == null) {
            return null;
        }
        long digits = normalised.chars().filter(Character::isDigit).count();
        return digits >= MIN_DIGITS ? normalised : null;
    }
}
