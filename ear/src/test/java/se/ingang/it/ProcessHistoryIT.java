package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine keeps only the history operations need (README "Process history"): which steps a
 * case's processes went through, which jobs ran where and failed, incidents — not every variable
 * change, decision input or job creation, which made up most of a case's rows at level FULL.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessHistoryIT {

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ProcessHistoryIT.class);
    }

    @Test
    void aRoutedCaseLeavesItsStepsInHistoryButNoVariablesDecisionsOrJobCreations() throws SQLException {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");
        var triaged = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created.json())
                .add("outcome", "ROUTE").add("type", "SUPPORT").add("note", "Kontot verkar låst.").build());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);

        var history = Application.processEngine().getHistoryService();
        List<String> processes = processesOf(number);
        assertThat(processes).as("the case's lifecycle and its deadlines' clocks").isNotEmpty();
        String[] ids = processes.toArray(String[]::new);
        System.out.printf("ProcessHistoryIT: case %s, %d process instances, %d history rows%n", number, ids.length,
                historyRows(processes));

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ids[0]).count())
                .as("steps of the lifecycle").isGreaterThanOrEqualTo(3);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).count())
                .as("variables kept in history").isZero();
        long details = 0, decisions = 0, jobCreations = 0;
        for (String id : ids) {
            details += history.createHistoricDetailQuery().processInstanceId(id).count();
            decisions += history.createHistoricDecisionInstanceQuery().processInstanceId(id).count();
            jobCreations += history.createHistoricJobLogQuery().processInstanceId(id).creationLog().count();
        }
        assertThat(details).as("variable updates kept in history").isZero();
        assertThat(decisions).as("routing and SLA decisions kept in history").isZero();
        assertThat(jobCreations).as("job creations kept in the job log").isZero();
    }

    /** The case's lifecycle (business key = number) and the clocks of its deadlines ("deadline-" + id). */
    private List<String> processesOf(String number) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var connection = database.getConnection();
             var query = connection.prepareStatement("SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = ?"
                     + " OR p.BUSINESS_KEY_ IN (SELECT CONCAT('deadline-', d.id) FROM case_deadline d WHERE d.case_number = ?)"
                     + " ORDER BY p.BUSINESS_KEY_ = ? DESC")) {
            query.setString(1, number);
            query.setString(2, number);
            query.setString(3, number);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private long historyRows(List<String> processes) throws SQLException {
        String in = String.join(",", processes.stream().map(id -> "'" + id + "'").toList());
        String[] counts = {
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_IDENTITYLINK WHERE ROOT_PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_DECINST WHERE PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_DEC_IN i JOIN ACT_HI_DECINST d ON d.ID_ = i.DEC_INST_ID_ WHERE d.PROC_INST_ID_ IN (" + in + ")",
                "SELECT COUNT(*) FROM ACT_HI_DEC_OUT o JOIN ACT_HI_DECINST d ON d.ID_ = o.DEC_INST_ID_ WHERE d.PROC_INST_ID_ IN (" + in + ")"};
        long total = 0;
        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            for (String count : counts) {
                try (var rows = statement.executeQuery(count)) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        }
        return total;
    }
}
