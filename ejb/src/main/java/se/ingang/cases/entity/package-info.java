/** The case aggregate: one enquiry from first contact to closing, with its whole timeline. */
package se.ingang.cases.entity;
