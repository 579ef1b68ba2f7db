/** Business calendars for the features that count business time (SLA, reminders). */
package se.ingang.calendar.boundary;
