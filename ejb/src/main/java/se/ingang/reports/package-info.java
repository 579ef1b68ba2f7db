/** Managers' dashboards: KPI figures computed from the facts (cases, deadlines, timeline, calls, surveys), drill-downs, CSV, the weekly report mail. */
package se.ingang.reports;
