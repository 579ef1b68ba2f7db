/** The case endpoints at /api/cases: request and response JSON and their mapping to the case use cases. */
package se.ingang.api.cases;
