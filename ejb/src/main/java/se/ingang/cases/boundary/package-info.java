/** The case use cases: register, triage, route, handle, reply, resolve, close, and case queries. */
package se.ingang.cases.boundary;
