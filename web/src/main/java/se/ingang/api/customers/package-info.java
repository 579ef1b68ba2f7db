/** Customer organisations, memberships, matching and merging of customer records over HTTP. */
package se.ingang.api.customers;
