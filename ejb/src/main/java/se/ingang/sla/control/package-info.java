/** SLA helpers: the policy that sets targets and the port to the clocks that watch deadlines. */
package se.ingang.sla.control;
