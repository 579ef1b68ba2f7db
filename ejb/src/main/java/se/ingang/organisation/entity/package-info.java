/** How the customer service is organised: front-office profiles, back-office groups, topics, staff. */
package se.ingang.organisation.entity;
