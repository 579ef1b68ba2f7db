package se.ingang.workflows.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.control.NodeName;
import se.ingang.workflows.lifecycle.CaseLifecycle;
import se.ingang.workflows.lifecycle.AutoCloseCaseDelegate;
import se.ingang.workflows.lifecycle.CloseCaseDelegate;
import se.ingang.workflows.lifecycle.RemindCustomerDelegate;
import se.ingang.workflows.lifecycle.SendSurveyDelegate;
import se.ingang.workflows.lifecycle.RouteCaseDelegate;
import se.ingang.workflows.sla.RecordSlaBreachDelegate;
import se.ingang.workflows.sla.SendSlaWarningDelegate;
import se.ingang.workflows.sla.SlaClockProcess;

/**
 * The embedded process engine. It shares the application's datasource and JTA transaction
 * manager, so one transaction covers case data and process state. Its ACT_* tables are
 * created and updated first, as the migration user (ProcessEngineSchema); the engine itself
 * runs as the application's user, which may not change tables, and only checks them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/IngangMigrationDS")
    DataSource migrationDataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Inject
    ApplicationClock clock;

    @Inject
    NodeName node;

    /**
     * How long a node keeps the jobs it took (env INGANG_JOB_LOCK_SECONDS): no other node runs them
     * meanwhile, and when the node dies they wait this long before another one takes them. Our jobs
     * take milliseconds; the lock only has to outlast a stalled one.
     */
    @Inject
    @ConfigProperty(name = "ingang.job-lock-seconds", defaultValue = "120")
    long jobLockSeconds;

    /** Local time of day, HH:mm-HH:mm, when the engine removes history past its time to live. */
    @Inject
    @ConfigProperty(name = HistoryCleanupWindow.PROPERTY, defaultValue = "01:00-05:00")
    String historyCleanupWindow;

    @Inject
    RouteCaseDelegate routeCase;

    @Inject
    CloseCaseDelegate closeCase;

    @Inject
    SendSurveyDelegate sendSurvey;

    @Inject
    RemindCustomerDelegate remindCustomer;

    @Inject
    AutoCloseCaseDelegate autoCloseCase;

    @Inject
    SendSlaWarningDelegate sendSlaWarning;

    @Inject
    RecordSlaBreachDelegate recordSlaBreach;

    private volatile ProcessEngine engine;

    @PostConstruct
    void start() {
        ProcessEngineSchema.update(migrationDataSource);
        var configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("ingang");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        // Connector/J 3 reports "MariaDB", which the engine does not know; its SQL is MySQL's.
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        ProcessHistory.apply(configuration);
        // Finished processes' history is removed after the models' historyTimeToLive, at night.
        var cleanupWindow = HistoryCleanupWindow.parse(historyCleanupWindow);
        configuration.setHistoryCleanupBatchWindowStartTime(cleanupWindow.startTime());
        configuration.setHistoryCleanupBatchWindowEndTime(cleanupWindow.endTime());
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        // Several nodes (README "Running several nodes"): every node runs a job executor; a job is
        // taken by one of them with an optimistic lock on its row (lock owner + expiry), so it runs
        // once. The host name tells in the job log (ACT_HI_JOB_LOG) which node ran it.
        configuration.setHostname(node.value());
        var jobExecutor = new DefaultJobExecutor();
        jobExecutor.setLockTimeInMillis((int) Duration.ofSeconds(jobLockSeconds).toMillis());
        // An idle executor backs off up to this long between looks for due jobs (Camunda: 60 s).
        jobExecutor.setMaxWait(10_000);
        configuration.setJobExecutor(jobExecutor);
        configuration.setMetricsEnabled(false);
        configuration.setDmnEngineConfiguration(FeelOnlyDmn.configuration());
        // Jobs and delegates log with the process's business key as the case (the case number
        // for a case's lifecycle), like requests do (README "Operations").
        configuration.setLoggingContextBusinessKey(se.ingang.operations.control.LogContext.CASE);
        // Delegate expressions such as ${routeCase} resolve to these CDI beans.
        configuration.setBeans(Map.of(
                CaseLifecycle.DELEGATE_ROUTE_CASE, routeCase,
                CaseLifecycle.DELEGATE_CLOSE_CASE, closeCase,
                CaseLifecycle.DELEGATE_SEND_SURVEY, sendSurvey,
                CaseLifecycle.DELEGATE_REMIND_CUSTOMER, remindCustomer,
                CaseLifecycle.DELEGATE_AUTO_CLOSE_CASE, autoCloseCase,
                SlaClockProcess.DELEGATE_SEND_WARNING, sendSlaWarning,
                SlaClockProcess.DELEGATE_RECORD_BREACH, recordSlaBreach));
        ClockUtil.offset(clock.offset().toMillis());
        engine = configuration.buildProcessEngine();
        ProcessModels.deploy(engine.getRepositoryService());
        LOG.info("Process engine 'ingang' started");
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }
}
