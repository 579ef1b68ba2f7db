/** Use cases on a case's files: keep, list, download, erase. */
package se.ingang.attachments.boundary;
