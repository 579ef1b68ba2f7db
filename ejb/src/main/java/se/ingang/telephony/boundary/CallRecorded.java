package se.ingang.telephony.boundary;

import se.ingang.telephony.entity.CallRecord;

/** What recording one call did, and the callback case it went to (null when it needs none). */
public record CallRecorded(String callId, CallRecord.Effect effect, String callbackCase, boolean callbackCaseCreated) {
}
