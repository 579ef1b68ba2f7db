package se.ingang.operations.control;

import java.time.Instant;

/**
 * A failed process job as administrators see it. businessKey is the case number for a case's
 * lifecycle (deadline watches have their own key); activity names the BPMN step that failed.
 */
public record Incident(String id, String type, Instant createdAt, String processKey, int processVersion,
                       String businessKey, String activity, String message, String jobId) {
}
