/** The managers' figures over HTTP: headline KPIs, tables, the cases behind a figure, CSV, the weekly mail subscription. */
package se.ingang.api.reports;
