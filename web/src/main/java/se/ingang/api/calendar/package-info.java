/** Business calendars over HTTP: read them, add closed days. */
package se.ingang.api.calendar;
