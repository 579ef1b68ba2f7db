package se.ingang.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.GlanceFigure;
import se.ingang.reports.entity.KpiTarget;

/**
 * The managers' targets for the at-a-glance figures, one per figure, shared by all managers (the
 * customer service has one set of goals). Callers check that the caller reads everything.
 */
@Stateless
public class KpiTargets {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** The targets set, by figure id; figures without a target are missing. */
    public Map<String, Double> all() {
        var targets = new LinkedHashMap<String, Double>();
        em.createQuery("SELECT t FROM KpiTarget t ORDER BY t.kpi", KpiTarget.class).getResultList()
                .forEach(t -> targets.put(t.getKpi(), t.getTarget()));
        return targets;
    }

    public double set(String kpi, Double target, String by) {
        var figure = figure(kpi);
        double checked = figure.checkTarget(target);
        var existing = em.find(KpiTarget.class, figure.id());
        var row = existing == null ? new KpiTarget(figure.id()) : existing;
        row.change(checked, by, clock.now());
        if (existing == null) {
            em.persist(row);
        }
        return checked;
    }

    /** Removes the figure's target (its tile is then shown without a colour); false when there was none. */
    public boolean clear(String kpi) {
        var row = em.find(KpiTarget.class, figure(kpi).id());
        if (row != null) {
            em.remove(row);
        }
        return row != null;
    }

    private static GlanceFigure figure(String kpi) {
        return GlanceFigure.byId(kpi == null ? "" : kpi.strip()).orElseThrow(() -> new InvalidInputException("kpi",
                "one of " + String.join(", ", java.util.Arrays.stream(GlanceFigure.values()).map(GlanceFigure::id).toList())));
    }
}
