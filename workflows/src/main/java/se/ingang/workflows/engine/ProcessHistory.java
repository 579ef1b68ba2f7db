package se.ingang.workflows.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * What the engine keeps of finished work (README "Process history"). The case's own record is the
 * application's: timeline, audit trail, deadlines and per-case figures. Camunda's history is kept
 * for operations only — which steps a case went through and when (activity level), which node ran
 * each timer and which jobs failed (the job log's success and failure rows), and incidents. Level
 * FULL also wrote every variable change, every decision's inputs and outputs and every job's
 * creation: most of a case's rows, read by nobody.
 */
final class ProcessHistory extends AbstractHistoryLevel {

    static final ProcessHistory LEVEL = new ProcessHistory();

    /** Camunda's own levels are 0 to 3; the id is stored in ACT_GE_PROPERTY and checked at every start. */
    static final int ID = 10;

    private static final Logger LOG = Logger.getLogger(ProcessHistory.class.getName());

    private static final List<HistoryEventType> KEPT_BEYOND_ACTIVITY = List.of(
            HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_FAIL,
            HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_DELETE,
            HistoryEventTypes.INCIDENT_UPDATE, HistoryEventTypes.INCIDENT_MIGRATE);

    private ProcessHistory() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return "ingang-operations";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return HistoryLevel.HISTORY_LEVEL_ACTIVITY.isHistoryEventProduced(eventType, entity)
                || KEPT_BEYOND_ACTIVITY.contains(eventType);
    }

    /** Both engines (schema and real) use this level; the level decides which ACT_HI_* tables exist. */
    static void apply(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryLevels(List.of(LEVEL));
        configuration.setHistory(LEVEL.getName());
    }

    /**
     * The engine refuses to start when the level stored with its tables differs from the configured
     * one. A database made at level FULL keeps its history rows (cleaned up by time to live like all
     * others); only the stored level changes, so that later rows are written at this level.
     */
    static void adoptStoredLevel(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(connection.getCatalog(), null, "ACT_GE_PROPERTY", null)) {
            if (!tables.next()) {
                return;
            }
        }
        try (var update = connection.prepareStatement(
                "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ <> ?")) {
            update.setString(1, Integer.toString(ID));
            update.setString(2, Integer.toString(ID));
            if (update.executeUpdate() > 0) {
                LOG.info("Process history level changed to '" + LEVEL.getName() + "' (id " + ID + ")");
            }
        }
    }
}
