package se.ingang.telephony.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.ingang.telephony.entity.CallOutcome;
import se.ingang.telephony.entity.PhoneNumbers;

/**
 * The rule "several missed calls from one number on one day make one callback": the key a
 * missed call is called back under. The day is the local day where the customer service
 * works, so a call at 00:10 belongs to the new day, not to UTC's.
 */
public record CallbackDay(String callerNumber, LocalDate day) {

    /** The callback a call is owed; none when it was answered or the number was hidden. */
    public static Optional<CallbackDay> of(CallOutcome outcome, String callerNumber, Instant startedAt, ZoneId zone) {
        if (outcome != CallOutcome.MISSED) {
            return Optional.empty();
        }
        String number = PhoneNumbers.identifiable(callerNumber);
        if (number == null) {
            return Optional.empty();
        }
        return Optional.of(new CallbackDay(number, startedAt.atZone(zone).toLocalDate()));
    }
}
