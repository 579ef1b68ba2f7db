/** A case's files over HTTP, whichever channel brought them. */
package se.ingang.api.attachments;
