/** Telephony: call logs from the telephone system, callbacks for missed calls, answer rates per phone queue. */
package se.ingang.telephony;
