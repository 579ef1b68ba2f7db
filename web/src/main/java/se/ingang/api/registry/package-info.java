/** The registry over HTTP: register a case, search and export the registry, legal holds, public copies. */
package se.ingang.api.registry;
