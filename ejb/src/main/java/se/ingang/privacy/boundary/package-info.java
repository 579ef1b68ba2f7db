/** The rights of the people in our records (GDPR): their data exported in one action, or erased. */
package se.ingang.privacy.boundary;
