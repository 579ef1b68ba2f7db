package se.ingang.telephony.entity;

/** What an agent reports after calling a missed caller back. */
public enum CallbackOutcome {
    /** "Uppringd, löst": the caller was reached and helped; the callback case resolves. */
    RESOLVED,
    /** "Inget svar, försök igen": nobody answered; the case stays in the queue. */
    NO_ANSWER
}
