/** Registers customers and matches new contacts to the customers we know. */
package se.ingang.customers.boundary;
