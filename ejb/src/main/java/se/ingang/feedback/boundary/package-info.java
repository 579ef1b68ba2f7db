/** Offers, sends and records satisfaction surveys. */
package se.ingang.feedback.boundary;
