/** REST for administering the routing decision table. */
package se.ingang.api.routing;
