/** Files that came with a case, whatever the channel (e-mail, web form, status page): one table, one way to list and download them. */
package se.ingang.attachments;
