/** A manager's weekly report subscription. */
package se.ingang.reports.entity;
