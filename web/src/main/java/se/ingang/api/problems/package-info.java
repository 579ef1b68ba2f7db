/** Every error leaves the API as RFC 9457 problem details (application/problem+json), never a stack trace. */
package se.ingang.api.problems;
