/** REST for canned answers (svarsstöd): search and render for all staff, maintenance for managers. */
package se.ingang.api.answers;
