/** Looks up the organisation (queues, topics, staff) for the other features and the API. */
package se.ingang.organisation.boundary;
