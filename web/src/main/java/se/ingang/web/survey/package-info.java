/** The public survey page the invitation links to (no login; the token is the key). */
package se.ingang.web.survey;
