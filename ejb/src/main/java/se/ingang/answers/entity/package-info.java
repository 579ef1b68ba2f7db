/** Canned answers: reusable reply texts in Swedish and English, by topic and tags. */
package se.ingang.answers.entity;
