/** The audit trail: every change to cases, customers and configuration, recorded in an append-only table and searchable. */
package se.ingang.audit.boundary;
