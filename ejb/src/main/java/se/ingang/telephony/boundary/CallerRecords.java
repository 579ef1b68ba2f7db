package se.ingang.telephony.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's calls and callbacks, for their export (GDPR Art. 15). */
public record CallerRecords(List<Call> calls, List<CallbackRecord> callbacks) {

    /** One call from their number, or registered as one of their cases. */
    public record Call(String callId, Instant startedAt, String caller, String calledNumber, String phoneQueue,
                       String outcome, int waitSeconds, int durationSeconds, String agent, String caseNumber) {
    }

    /** A callback case for their number, with every attempt and the agents' notes. */
    public record CallbackRecord(String caseNumber, String callerNumber, LocalDate callDate, String phoneQueue,
                                 int missedCalls, int attempts, Instant createdAt, Instant resolvedAt,
                                 List<Attempt> attemptLog) {
    }

    /** One attempt to call back. */
    public record Attempt(Instant at, String outcome, String agent, String note) {
    }
}
