/** Operations helpers: the log context, the metrics registry, settings, and the port to the engine's failed jobs. */
package se.ingang.operations.control;
