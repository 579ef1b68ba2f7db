package se.ingang.api.telephony;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import se.ingang.telephony.entity.CallOutcome;
import se.ingang.telephony.entity.CallRecord;
import se.ingang.telephony.entity.CallSource;

/** A recorded call; caller is null for a hidden number; caseNumber is the case an agent registered from it. */
@JsonbNillable
public record CallView(String callId, String phoneQueue, Instant startTime, String caller, String calledNumber,
                       CallOutcome result, int waitSeconds, int durationSeconds, String agent, CallSource source,
                       String caseNumber, String callbackCase, long version) {

    static CallView of(CallRecord call, String callbackCase) {
        return new CallView(call.getCallId(), call.getPhoneQueue().getCode(), call.getStartedAt(), call.getCallerNumber(),
                call.getCalledNumber(), call.getOutcome(), call.getWaitSeconds(), call.getDurationSeconds(),
                call.getAgent(), call.getSource(),
                call.getRegisteredCase() == null ? null : call.getRegisteredCase().getNumber().value(), callbackCase,
                call.getVersion());
    }
}
