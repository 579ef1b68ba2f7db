/** Starts the embedded Camunda engine on the application's datasource and JTA transactions. */
package se.ingang.workflows.engine;
