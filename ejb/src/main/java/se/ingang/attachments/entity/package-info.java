/** The file kept with a case (one table for every channel). */
package se.ingang.attachments.entity;
