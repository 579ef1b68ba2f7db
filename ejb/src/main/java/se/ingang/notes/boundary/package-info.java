/** Internal notes on a case that @-mention colleagues or groups, who are notified. */
package se.ingang.notes.boundary;
