package se.ingang.registry.control;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer,
 * the day plus 60), read from the digits of YYMMDDNNNN or YYYYMMDDNNNN.
 */
final class PersonalIdentityNumbers {

    private PersonalIdentityNumbers() {
    }

    /** The digits start with a real date (or its co-ordination form); the century is checked when given. */
    static boolean isDateShaped(String digits) {
        if (digits.length() != 10 && digits.length() != 12) {
            return false;
        }
        int year = digits.length() == 12 ? Integer.parseInt(digits.substring(0, 4)) : 2000 + Integer.parseInt(digits.substring(0, 2));
        if (digits.length() == 12 && (year < 1870 || year > 2099)) {
            return false;
        }
        String date = digits.substring(digits.length() - 10);
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        if (day > 60) {
            day -= 60;
        }
        try {
            // A leap year when the century is unknown, so that 29 February is not refused.
            LocalDate.of(digits.length() == 12 ? year : 2000, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    /** The last digit is the Luhn check digit of the nine before it (the century takes no part). */
    static boolean hasValidCheckDigit(String digits) {
        String ten = digits.substring(digits.length() - 10);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10 == ten.charAt(9) - '0';
    }
}
