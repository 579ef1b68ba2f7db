/** Canned answers (svarsstöd): maintained by managers, searched and inserted into replies by staff. */
package se.ingang.answers.boundary;
