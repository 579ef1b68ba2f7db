/** Keeps a case's deadlines in step with its lifecycle, and records warnings and breaches. */
package se.ingang.sla.boundary;
