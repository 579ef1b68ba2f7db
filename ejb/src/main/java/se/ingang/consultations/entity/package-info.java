/** Consultations: questions from a case's owner to another back-office group, and their answers. */
package se.ingang.consultations.entity;
