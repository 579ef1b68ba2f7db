/** The people and organisations who contact the customer service. */
package se.ingang.customers.entity;
