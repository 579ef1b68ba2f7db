package se.ingang.operations.control;

import java.util.List;
import java.util.Optional;

/**
 * The domain's port to the process engine's failed jobs (incidents): a job that ran out of
 * retries stops its process until someone fixes the cause and retries it. Implemented in the
 * workflows module, like CaseProcess and SlaClock.
 */
public interface ProcessIncidents {

    /** Open incidents, oldest first. */
    List<Incident> open();

    Optional<Incident> find(String id);

    /** Gives the failed job one more try; the incident is resolved when the job is retried. */
    void retry(String id);

    /** Due jobs waiting for the executor, jobs that ran out of retries, open incidents: for gauges and health. */
    JobCounts jobCounts(java.time.Duration lag);

    record JobCounts(long due, long overdue, long failed, long incidents) {
    }
}
