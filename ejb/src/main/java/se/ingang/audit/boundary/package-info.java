/** The audit trail: every change to cases, customers and configuration, and every read of personal data, recorded in an append-only table and searchable. */
package se.ingang.audit.boundary;
