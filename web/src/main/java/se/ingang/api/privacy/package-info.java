/** GDPR over HTTP: find a person, export their data, erase it. */
package se.ingang.api.privacy;
