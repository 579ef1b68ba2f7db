package se.ingang.telephony.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;

/** One record per call: what a later report of the same call may change, and what not. */
class CallRecordTest {

    private static final Instant START = Instant.parse("2026-11-30T08:15:00Z");
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final PhoneQueue queue = new PhoneQueue("vaxeln", "Växeln", "08-123 456", new Queue("fo-it", "IT", QueueKind.FRONT_OFFICE));

    @Test
    void theCallerIsStoredNormalised_andAHiddenOneAsNothing() {
        var known = new CallRecord(call("070-123 45 67", CallOutcome.MISSED, 30, null), queue, CallSource.CSV, NOW);
        var hidden = new CallRecord(call("anonymous", CallOutcome.MISSED, 30, null), queue, CallSource.CSV, NOW);

        assertThat(known.getCallerNumber()).isEqualTo("+46701234567");
        assertThat(known.needsCallback()).isTrue();
        assertThat(hidden.getCallerNumber()).isNull();
        assertThat(hidden.needsCallback()).as("missed, but nobody to call").isFalse();
        assertThat(queue.getPhoneNumber()).isEqualTo("+468123456");
    }

    @Test
    void theSameReportAgainIsADuplicate() {
        var record = new CallRecord(call("0701234567", CallOutcome.ANSWERED, 30, "anna"), queue, CallSource.CTI, NOW);

        assertThat(record.reportedAgain(call("+46 70 123 45 67", CallOutcome.ANSWERED, 30, "anna"), queue))
                .isEqualTo(CallRecord.Effect.DUPLICATE);
        assertThat(record.reportedAgain(call("0701234567", CallOutcome.ANSWERED, 30, null), queue))
                .as("a report without the agent takes nothing away").isEqualTo(CallRecord.Effect.DUPLICATE);
    }

    @Test
    void aMissedCallMayTurnOutAnswered_butNeverTheOtherWayRound() {
        var record = new CallRecord(call("0701234567", CallOutcome.MISSED, 30, null), queue, CallSource.CTI, NOW);

        assertThat(record.reportedAgain(call("0701234567", CallOutcome.ANSWERED, 95, "bertil"), queue))
                .isEqualTo(CallRecord.Effect.UPDATED);
        assertThat(record.getOutcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(record.getAgent()).isEqualTo("bertil");
        assertThat(record.getWaitSeconds()).isEqualTo(95);
        assertThatThrownBy(() -> record.reportedAgain(call("0701234567", CallOutcome.MISSED, 95, null), queue))
                .isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void anotherStartCallerOrQueueIsNoReportOfThisCall() {
        var record = new CallRecord(call("0701234567", CallOutcome.MISSED, 30, null), queue, CallSource.CTI, NOW);
        var other = new PhoneQueue("studentexp", "Studentexpeditionen", null, new Queue("fo-study", "Studier", QueueKind.FRONT_OFFICE));
        var later = new CallData("c-1", START.plusSeconds(60), "0701234567", null, "vaxeln", CallOutcome.MISSED, 30, 0, null);

        assertThatThrownBy(() -> record.reportedAgain(later, queue)).isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> record.reportedAgain(call("0709999999", CallOutcome.MISSED, 30, null), queue))
                .isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> record.reportedAgain(call("0701234567", CallOutcome.MISSED, 30, null), other))
                .isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void onlyAnAnsweredCallIsRegisteredAsACase() {
        var missed = new CallRecord(call("0701234567", CallOutcome.MISSED, 30, null), queue, CallSource.CTI, NOW);

        assertThatThrownBy(() -> missed.linkCase(null)).isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void aPhoneQueueFeedsAFrontOffice_notABackOfficeGroup() {
        assertThatThrownBy(() -> new PhoneQueue("x", "X", null, new Queue("finance", "Ekonomi", QueueKind.BACK_OFFICE)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static CallData call(String caller, CallOutcome outcome, int wait, String agent) {
        return new CallData("c-1", START, caller, null, "vaxeln", outcome, wait, outcome == CallOutcome.ANSWERED ? 120 : 0, agent);
    }
}
