package se.ingang.telephony.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;
import se.ingang.telephony.control.CallLogCsv;
import se.ingang.telephony.control.RowProblem;
import se.ingang.telephony.entity.CallData;
import se.ingang.telephony.entity.CallRecord;
import se.ingang.telephony.entity.CallSource;

/**
 * Call logs into call records: a CSV export (uploaded by staff or sent to the API) and CTI
 * events. Each call is recorded in its own transaction, so this bean runs outside one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallImports {

    private static final Logger LOG = Logger.getLogger(CallImports.class.getName());

    /** Attempts per call before a concurrent change is reported (each one a transaction of its own). */
    static final int ATTEMPTS = 5;

    @Inject
    CallRecorder recorder;

    public ImportReport importCsv(String text) {
        var parsed = new CallLogCsv(ApplicationClock.ZONE).parse(text);
        var problems = new ArrayList<>(parsed.problems());
        var opened = new ArrayList<String>();
        int imported = 0;
        int duplicates = 0;
        for (var row : parsed.rows()) {
            var call = row.call();
            try {
                var recorded = record(call, CallSource.CSV);
                if (recorded.effect() == CallRecord.Effect.RECORDED) {
                    imported++;
                } else {
                    // A file states what happened; a second mention of a call adds nothing.
                    duplicates++;
                }
                if (recorded.callbackCaseCreated()) {
                    opened.add(recorded.callbackCase());
                }
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, reason) -> problems.add(new RowProblem(row.row(), call.callId(), field, reason)));
            } catch (ActionNotAllowedException e) {
                problems.add(new RowProblem(row.row(), call.callId(), "*", e.getMessage()));
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "call " + call.callId() + " could not be stored", e);
                problems.add(new RowProblem(row.row(), call.callId(), "*", "could not be stored; import the file again"));
            }
        }
        problems.sort(Comparator.comparingLong(RowProblem::row));
        var rejectedRows = new HashSet<Long>();
        problems.stream().filter(p -> p.row() > 1).forEach(p -> rejectedRows.add(p.row()));
        return new ImportReport(parsed.rowsRead(), imported, duplicates, rejectedRows.size(), problems, opened);
    }

    /** A CTI event: the same rules as an imported row, but a later event may complete the record. */
    public CallRecorded event(CallData call) {
        return record(call, CallSource.CTI);
    }

    /**
     * A call may meet its callback case's own jobs (a deadline breaching, a reminder) in the same
     * instant. The telephone system states a fact and holds no version of ours, so a concurrent
     * change is not its mistake: the call is recorded again, in a new transaction that sees the
     * other change. Recording is idempotent (a second mention of a call adds nothing).
     */
    private CallRecorded record(CallData call, CallSource source) {
        for (int attempt = 1;; attempt++) {
            try {
                return recorder.record(call, source);
            } catch (StaleVersionException | EJBException e) {
                if (attempt == ATTEMPTS || !isConcurrentChange(e)) {
                    throw e;
                }
                LOG.fine(() -> "call " + call.callId() + " met a concurrent change; recording it again");
            }
        }
    }

    private static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StaleVersionException || t instanceof OptimisticLockException) {
                return true;
            }
            // Hibernate's own (StaleObjectStateException and kin) when the flush at commit meets it.
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
