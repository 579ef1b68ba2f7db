/** API tokens: made, listed and revoked by their owners and administrators, and resolved to a caller at each API request. */
package se.ingang.apitokens.boundary;
