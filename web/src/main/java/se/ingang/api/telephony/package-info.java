/** The telephony API: phone queues and answer rates, call-log imports and CTI events, callbacks, one-step cases. */
package se.ingang.api.telephony;
