/** SLA in the engine: the policy decision table and the clock process that watches each deadline. */
package se.ingang.workflows.sla;
