/** The process engine's side of operations: its health checks, job gauges, failed jobs and model versions. */
package se.ingang.workflows.operations;
