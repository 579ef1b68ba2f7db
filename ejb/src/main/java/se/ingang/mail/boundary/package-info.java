/** The e-mail channel's use cases: mailbox administration, polling, exactly-once intake, the outbox. */
package se.ingang.mail.boundary;
