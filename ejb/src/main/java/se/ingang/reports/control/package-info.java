/** The KPI arithmetic, pure: percentiles, business-time durations, deadline outcomes, tables and CSV. */
package se.ingang.reports.control;
