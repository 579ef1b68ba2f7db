/** The registry (diarium): formal matters registered with a gap-free number per year, legal holds, and public copies. */
package se.ingang.registry.boundary;
