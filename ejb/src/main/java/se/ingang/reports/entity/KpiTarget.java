package se.ingang.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A manager's target for one at-a-glance figure, in the figure's unit (see GlanceFigure); the tiles are coloured against it. */
@Entity
@Table(name = "kpi_target")
public class KpiTarget {

    @Id
    @Column(length = 64)
    private String kpi;

    @Version
    private long version;

    @Column(nullable = false)
    private double target;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected KpiTarget() {
    }

    public KpiTarget(String kpi) {
        this.kpi = kpi;
    }

    /** The value is checked by the figure's rules first (GlanceFigure.checkTarget). */
    public void change(double target, String by, Instant at) {
        this.target = target;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getKpi() {
        return kpi;
    }

    public double getTarget() {
        return target;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
