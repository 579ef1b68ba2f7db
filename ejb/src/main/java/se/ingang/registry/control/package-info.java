/** Registry numbers, the CSV layout of the registry and the redaction of public copies. */
package se.ingang.registry.control;
