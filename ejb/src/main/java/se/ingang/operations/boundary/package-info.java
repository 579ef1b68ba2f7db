/** Operations: health checks the server reports, metrics it publishes, failed process jobs for administrators. */
package se.ingang.operations.boundary;
