package se.ingang.customers.entity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import se.ingang.platform.errors.InvalidInputException;

/**
 * The one stored form of a phone number, so one person is one customer however the number was
 * written: E.164 ({@code +46701234567}) as libphonenumber reads it, Swedish unless it says
 * otherwise — "070-123 45 67", "+46 (0)70 123 45 67" and "0046 70 123 45 67" are one number.
 * What libphonenumber cannot take for a possible number, and what is written neither with + nor
 * with the trunk 0 (an extension, a placeholder), keeps the plain digit form Ingång always used. Letters are refused, never dropped: "070-ABC 45 67" is no
 * number we could call back.
 */
public final class PhoneNumberForm {

    /** Numbers without a country code are Swedish. */
    public static final String DEFAULT_REGION = "SE";

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private PhoneNumberForm() {
    }

    /**
     * The stored form of what a person or a system gave as {@code field}, or null for nothing.
     *
     * @throws InvalidInputException when the number holds letters
     */
    public static String normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (hasLetters(raw)) {
            throw new InvalidInputException(field, "a phone number has digits only (and + - ( ) spaces), not letters: " + raw.strip());
        }
        return stored(raw);
    }

    /** For what a machine reports (a call log): letters mean "no number" (hidden, "anonymous"), not an error. */
    public static String normaliseOrNull(String raw) {
        return raw == null || raw.isBlank() || hasLetters(raw) ? null : stored(raw);
    }

    public static boolean hasLetters(String raw) {
        return raw.codePoints().anyMatch(Character::isLetter);
    }

    private static String stored(String raw) {
        String trimmed = raw.strip();
        if (!trimmed.startsWith("+") && !trimmed.replaceAll("[^0-9]", "").startsWith("0")) {
            // Neither international nor with the trunk 0: an extension or a local number without its
            // area code, which no library can place; kept as its digits.
            return digitForm(trimmed);
        }
        try {
            var number = NUMBERS.parse(trimmed, DEFAULT_REGION);
            if (NUMBERS.isPossibleNumber(number)) {
                return NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // not a number libphonenumber reads; the digit form below
        }
        return digitForm(trimmed);
    }

    /** Ingång's form before libphonenumber: digits, a leading 00 or 0 read as international or Swedish. */
    static String digitForm(String trimmed) {
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "+46" + digits.substring(1);
        }
        return digits;
    }
}
