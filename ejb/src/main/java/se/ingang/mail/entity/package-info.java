/** What the e-mail channel keeps: mailbox settings, every message in and out (raw), attachments, quarantine. */
package se.ingang.mail.entity;
