/** Read-only endpoints for the organisation: queues and topics that case commands refer to by code. */
package se.ingang.api.organisation;
