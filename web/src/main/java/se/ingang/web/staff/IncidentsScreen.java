package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.ingang.access.control.AccessPolicy;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.operations.boundary.Incidents;
import se.ingang.operations.control.Incident;
import se.ingang.platform.errors.NotFoundException;

/** Failed process jobs (administrators): what failed, where, why; retry once the cause is fixed. */
@Named
@RequestScoped
public class IncidentsScreen {

    @Inject
    Incidents incidents;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private List<Incident> open;

    /** The same rule as GET /api/incidents: administrators only, 403 for everyone else. */
    public void open() throws IOException {
        if (!AccessPolicy.mayConfigure(access.who(user.getName()))) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
        }
    }

    public List<Incident> getIncidents() {
        if (open == null) {
            open = incidents.open();
        }
        return open;
    }

    public String retry(String id) {
        access.requireConfiguration(user.getName());
        var faces = FacesContext.getCurrentInstance();
        try {
            var incident = incidents.retry(id, user.getName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.text("incidents.retried", incident.activity()), null));
        } catch (NotFoundException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("incidents.gone"), null));
        }
        open = null;
        return null;
    }
}
