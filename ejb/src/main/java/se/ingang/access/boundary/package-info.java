/** Who sees and does what: the checks API resources and pages call before they act. */
package se.ingang.access.boundary;
