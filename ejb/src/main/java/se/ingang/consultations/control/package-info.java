/** The port to the process engine that holds each consultation as a sub-task of its case's process. */
package se.ingang.consultations.control;
