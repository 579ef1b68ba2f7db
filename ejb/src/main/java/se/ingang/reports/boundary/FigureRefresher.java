package se.ingang.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the per-case figures up to date, batch by batch: in the background on every node (one
 * batch at a time across the cluster), and before a dashboard is read, so a manager sees what was
 * recorded a moment ago. After an upgrade or a bulk load every case is worked out once; until then
 * the dashboards say how many cases are not counted yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FigureRefresher {

    private static final Logger LOG = Logger.getLogger(FigureRefresher.class.getName());
    /** A reader works out at most this many cases before it answers; the rest is left to the background. */
    public static final int READER_LIMIT = 2 * FigureBatch.SIZE;
    private static final Duration BACKGROUND_TURN = Duration.ofSeconds(25);

    @Inject
    FigureBatch batch;

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource dataSource;

    /** Before a read: what is pending, up to the reader's limit. Returns the cases still pending. */
    public long catchUp() {
        int done = 0;
        int n;
        do {
            n = batch.run();
            done += n;
        } while (n == FigureBatch.SIZE && done < READER_LIMIT);
        return n < FigureBatch.SIZE ? 0 : pending();
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void inBackground() {
        long started = System.nanoTime();
        int done = 0;
        int n;
        try {
            do {
                n = batch.run();
                done += n;
            } while (n == FigureBatch.SIZE && System.nanoTime() - started < BACKGROUND_TURN.toNanos());
        } catch (RuntimeException e) {
            // The database away, say: the marks stay, the next turn (or read) carries on.
            LOG.log(java.util.logging.Level.WARNING, "dashboard figures not worked out this turn: " + e);
            return;
        }
        if (done >= FigureBatch.SIZE) {
            int cases = done;
            LOG.info(() -> "Dashboard figures worked out for " + cases + " cases in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms; " + pending() + " still pending");
        }
    }

    /** Cases marked as changed and not yet worked out. */
    public long pending() {
        try (var db = dataSource.getConnection(); var count = db.prepareStatement("SELECT COUNT(*) FROM report_dirty");
             var rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the cases pending for the dashboards", e);
        }
    }
}
