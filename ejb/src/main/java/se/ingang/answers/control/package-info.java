/** Filling a canned answer's placeholders for one case. */
package se.ingang.answers.control;
