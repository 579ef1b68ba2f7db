/** Start-up of the application's own infrastructure: schema migrations. */
package se.ingang.platform.boundary;
