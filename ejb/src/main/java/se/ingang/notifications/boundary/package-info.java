/** Sends and lists notifications to staff. */
package se.ingang.notifications.boundary;
