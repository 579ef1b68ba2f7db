/** Finding @-mentions in a note's text. */
package se.ingang.notes.control;
