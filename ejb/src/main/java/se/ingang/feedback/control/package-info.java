/** Sends survey invitations by e-mail. */
package se.ingang.feedback.control;
