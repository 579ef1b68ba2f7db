/** The public web form and status page: a customer registers a case, follows it and replies, without a login. */
package se.ingang.publicform.boundary;
