/** The organisation over HTTP: queues and topics, staff administration, the caller's own presence. */
package se.ingang.api.organisation;
