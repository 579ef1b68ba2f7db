/** Business-time arithmetic: opening hours, Swedish public holidays, extra closed days. */
package se.ingang.calendar.control;
