/** Messages to staff (a person or a whole group) about their cases: SLA warnings, breaches. */
package se.ingang.notifications.entity;
