/** The public web form and the customer's status page (Jakarta Faces, no login, works without JavaScript). */
package se.ingang.web.publicform;
