/** The REST boundary of Ingång: JSON over HTTP at /api, translating requests into domain calls. */
package se.ingang.api;
