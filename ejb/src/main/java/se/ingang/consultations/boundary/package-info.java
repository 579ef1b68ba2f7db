/** Consulting another group without sending the case away: ask, answer, withdraw, group queues. */
package se.ingang.consultations.boundary;
