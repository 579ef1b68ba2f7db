package se.ingang.operations.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import se.ingang.operations.control.Incident;
import se.ingang.operations.control.LogContext;
import se.ingang.operations.control.ProcessIncidents;
import se.ingang.platform.errors.NotFoundException;

/** Failed process jobs for administrators: list them, retry one after fixing its cause. */
@Stateless
public class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

    @Inject
    ProcessIncidents incidents;

    public List<Incident> open() {
        return incidents.open();
    }

    public Incident find(String id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("Incident", id));
    }

    public Incident retry(String id, String actor) {
        var incident = find(id);
        LogContext.caseNumber(incident.businessKey());
        incidents.retry(id);
        LOG.info(() -> "incident " + id + " (" + incident.activity() + ") retried by " + actor);
        return incident;
    }
}
