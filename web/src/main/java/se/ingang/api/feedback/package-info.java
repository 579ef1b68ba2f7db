/** The improvement log over HTTP. */
package se.ingang.api.feedback;
