/** The e-mail channel over HTTP: mailbox administration and health, the quarantine, a case's mail and attachments. */
package se.ingang.api.mail;
