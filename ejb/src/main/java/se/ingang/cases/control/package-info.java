/** Helpers of the case feature: numbering, settings, and the port to the process engine. */
package se.ingang.cases.control;
