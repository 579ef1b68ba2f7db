/** The audit trail over HTTP: search (administrators), a case's trail, and who acts in each request. */
package se.ingang.api.audit;
