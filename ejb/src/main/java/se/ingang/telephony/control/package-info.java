/** Reading call logs (CSV), numbers and figures: plain calculations without a database. */
package se.ingang.telephony.control;
