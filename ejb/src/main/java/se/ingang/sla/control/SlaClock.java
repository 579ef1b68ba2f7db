package se.ingang.sla.control;

import se.ingang.sla.entity.Deadline;

/**
 * The timers that watch a deadline (BPMN timer events in the workflows module). They are
 * told whenever the deadline changes, in the same transaction as the change.
 */
public interface SlaClock {

    /** Watch a new deadline: warning at warningAt, breach at dueAt. */
    void start(Deadline deadline);

    /** The deadline moved (resumed after a pause, reopened); timers follow. */
    void reschedule(Deadline deadline);

    /** The deadline is paused: no warning or breach until it is rescheduled. */
    void pause(Deadline deadline);

    /** The deadline was met or cancelled: stop watching. */
    void stop(Deadline deadline);
}
