/** Business calendars as administrators keep them: opening hours and extra closed days. */
package se.ingang.calendar.entity;
