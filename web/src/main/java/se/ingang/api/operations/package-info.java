/** Operations over HTTP: request ids in logs and responses, request metrics, failed process jobs (incidents). */
package se.ingang.api.operations;
