/** Telephony use cases: recording calls, callbacks, one-step registration of calls and visits, answer rates. */
package se.ingang.telephony.boundary;
