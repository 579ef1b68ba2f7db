/** Service-level deadlines of a case: what was promised, by when, and whether it was kept. */
package se.ingang.sla.entity;
