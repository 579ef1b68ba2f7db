/** Helpers of the personal-data export and erasure. */
package se.ingang.privacy.control;
