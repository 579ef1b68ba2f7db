/** The port to where the routing decision table lives (the process engine), and its contents as the domain sees them. */
package se.ingang.routing.control;
