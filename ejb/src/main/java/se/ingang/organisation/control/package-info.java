/** Organisation rules without a database: password hashing, choosing a case owner. */
package se.ingang.organisation.control;
