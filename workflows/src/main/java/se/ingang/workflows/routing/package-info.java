/** The routing decision table (dmn/routing.dmn): its key, inputs and result. */
package se.ingang.workflows.routing;
