/** Domain errors that every boundary (REST, UI, process) translates into its own words. */
package se.ingang.platform.errors;
