/** What the public web form keeps: private status links, attachments and the posts the rate limit counts. */
package se.ingang.publicform.entity;
