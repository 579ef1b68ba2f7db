package se.ingang.api.telephony;

import jakarta.json.bind.annotation.JsonbNillable;
import se.ingang.telephony.boundary.CallRecorded;
import se.ingang.telephony.entity.CallRecord;

/** The answer to a CTI event: RECORDED (201), DUPLICATE or UPDATED (200), and the callback case it went to. */
@JsonbNillable
public record CallEventOutcome(String callId, CallRecord.Effect effect, String callbackCase, boolean callbackCaseCreated) {

    static CallEventOutcome of(CallRecorded recorded) {
        return new CallEventOutcome(recorded.callId(), recorded.effect(), recorded.callbackCase(),
                recorded.callbackCaseCreated());
    }
}
