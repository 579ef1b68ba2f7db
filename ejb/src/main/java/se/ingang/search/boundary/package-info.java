/** Full-text search over cases: number, subject, messages and notes, customer name and e-mail. */
package se.ingang.search.boundary;
