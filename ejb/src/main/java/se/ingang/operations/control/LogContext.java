package se.ingang.operations.control;

import org.jboss.logging.MDC;

/**
 * What every log line of a unit of work carries (the server's log pattern prints
 * {@code %X{requestId}} and {@code %X{case}}): the request id, set by the web filter, and the
 * case being worked on, set where a case becomes known (registration, mail intake, process jobs).
 * Thread-bound: whoever starts a unit of work on a thread clears it at the end.
 */
public final class LogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String CASE = "case";

    private LogContext() {
    }

    public static void requestId(String id) {
        MDC.put(REQUEST_ID, id);
    }

    public static void caseNumber(String number) {
        if (number != null) {
            MDC.put(CASE, number);
        }
    }

    /** Ends a unit of work: nothing of it may leak into the next one on the same pooled thread. */
    public static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(CASE);
    }

    public static void clearCase() {
        MDC.remove(CASE);
    }
}
