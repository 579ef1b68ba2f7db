/** Mail rules without a server: parsing, HTML sanitising, threading tags, noise, leases, IMAP access. */
package se.ingang.mail.control;
