/** What changed between two states of a thing, field by field, for the audit trail. */
package se.ingang.audit.control;
