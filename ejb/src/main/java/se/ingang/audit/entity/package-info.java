/** The audit trail's rows: who changed what, when, from which value to which; written once, never changed. */
package se.ingang.audit.entity;
