/** REST for consultations: ask another group about a case, answer, withdraw, a group's open questions. */
package se.ingang.api.consultations;
