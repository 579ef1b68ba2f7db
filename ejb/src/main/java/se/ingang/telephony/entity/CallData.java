package se.ingang.telephony.entity;

import java.time.Instant;

/**
 * One call as the telephone system reports it (a CSV row or a CTI event), already checked:
 * callId, start, queue and outcome are present, waits and durations are not negative.
 * The caller number is as reported; hidden numbers are blank or words like "anonymous".
 */
public record CallData(String callId, Instant startedAt, String callerNumber, String calledNumber, String phoneQueue,
                       CallOutcome outcome, int waitSeconds, int durationSeconds, String agent) {
}
