/** The deadlines of a case over HTTP, and promises of a follow-up. */
package se.ingang.api.sla;
