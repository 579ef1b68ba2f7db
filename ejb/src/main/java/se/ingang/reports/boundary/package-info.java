/** Report use cases: figures for a period and filters, the cases behind them, weekly report subscriptions. */
package se.ingang.reports.boundary;
