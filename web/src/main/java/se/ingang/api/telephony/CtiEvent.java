package se.ingang.api.telephony;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import se.ingang.telephony.entity.CallData;
import se.ingang.telephony.entity.CallOutcome;

/**
 * POST /api/calls/events: the telephone system reports a call when it ends. queue names the
 * phone queue; calledNumber may stand in for it. caller is left out (or "anonymous") for a
 * hidden number. The same callId again is idempotent; see CallRecord.reportedAgain for what a
 * later event may change.
 */
public record CtiEvent(
        @NotBlank @Size(max = 100) String callId,
        @NotNull OffsetDateTime startTime,
        @Size(max = 40) String caller,
        @Size(max = 40) String calledNumber,
        @Size(max = 64) String queue,
        @NotNull CallOutcome result,
        @PositiveOrZero Integer waitSeconds,
        @PositiveOrZero Integer durationSeconds,
        @Size(max = 100) String agent) {

    CallData toCall() {
        return new CallData(callId.strip(), startTime.toInstant(), caller, calledNumber, queue, result,
                waitSeconds == null ? 0 : waitSeconds, durationSeconds == null ? 0 : durationSeconds, agent);
    }
}
