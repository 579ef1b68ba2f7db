package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.problems.ProblemMapping;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.registry.boundary.Registry;

/**
 * The case view's registry card (registration, legal hold, the register button) and its audit
 * trail. Reads per request, so the card shows what the last command changed.
 */
@Named
@RequestScoped
public class CaseRecordPanel {

    /** One audit entry as the page shows it. */
    public record TrailRow(Instant at, String actor, String action, String field, String oldValue, String newValue) {
    }

    @Inject
    CaseScreen caseScreen;

    @Inject
    Registry registry;

    @Inject
    AuditLog audit;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private String title;
    private String registryNumber;
    private String registeredOn;
    private String legalHold;
    private List<TrailRow> trail;
    private boolean loaded;

    /** Registers the case as a formal matter (who may work it). */
    public void register() {
        try {
            access.checkWork(caseScreen.getNumber(), user.getName());
            var registration = registry.register(caseScreen.getNumber(), title, user.getName());
            title = null;
            loaded = false;
            Texts.info("case.done", Texts.text("record.registered").replace("{0}", registration.getRegistryNumber()));
        } catch (RuntimeException e) {
            var problem = ProblemMapping.toProblem(e);
            if (problem.status() >= 500) {
                throw e;
            }
            Texts.error("case.notAllowed", problem.detail());
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        String number = caseScreen.getNumber();
        var registration = registry.registrationOf(number);
        registryNumber = registration.map(r -> r.getRegistryNumber()).orElse(null);
        registeredOn = registration.map(r -> r.getRegisteredOn().toString()).orElse(null);
        legalHold = registry.legalHoldOf(number).map(h -> h.getReason()).orElse(null);
        trail = audit.ofCase(number).stream().map(e -> new TrailRow(e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getField(), e.getOldValue(), e.getNewValue())).toList();
        loaded = true;
    }

    public boolean isRegistered() {
        load();
        return registryNumber != null;
    }

    public String getRegistryNumber() {
        load();
        return registryNumber;
    }

    public String getRegisteredOn() {
        load();
        return registeredOn;
    }

    public String getLegalHold() {
        load();
        return legalHold;
    }

    public List<TrailRow> getTrail() {
        load();
        return trail;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
