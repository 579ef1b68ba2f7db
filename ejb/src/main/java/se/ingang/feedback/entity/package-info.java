/** What customers think: satisfaction surveys after a case closes. */
package se.ingang.feedback.entity;
