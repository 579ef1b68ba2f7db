package se.ingang.operations.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The application's meters, in the registry of WildFly's micrometer subsystem, which serves them
 * in Prometheus format (README "Operations"). Names follow Micrometer's dotted style; Prometheus
 * sees them as ingang_cases_registered_total and so on. Without the subsystem the meters go to a
 * private registry, so the application never depends on it to run.
 */
@ApplicationScoped
public class ApplicationMetrics {

    private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;
    private final Map<GaugeId, AtomicLong> values = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        if (registries.isResolvable()) {
            registry = registries.get();
        } else {
            LOG.warning("no MeterRegistry from the server (micrometer subsystem missing); metrics are not published");
            registry = new SimpleMeterRegistry();
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void caseCreated(String channel) {
        registry.counter("ingang.cases.registered", Tags.of("channel", channel)).increment();
    }

    public void slaWarned() {
        registry.counter("ingang.sla.warnings", Tags.empty()).increment();
    }

    public void slaBreached() {
        registry.counter("ingang.sla.breaches", Tags.empty()).increment();
    }

    /** A login refused by the realm (wrong password or unknown user), form or HTTP Basic. */
    public void loginFailed() {
        registry.counter("ingang.login.failures", Tags.empty()).increment();
    }

    /** A login attempt refused unchecked because its source must wait after failed ones. */
    public void loginThrottled() {
        registry.counter("ingang.login.throttled", Tags.empty()).increment();
    }

    /** Latency of one API request; route is the matched template (never raw paths, which would explode the series). */
    public void requestServed(String method, String route, int status, Duration took) {
        registry.timer("ingang.http.requests", Tags.of("method", method, "route", route, "status", String.valueOf(status)))
                .record(took);
    }

    /** A single value refreshed by a scheduled reader (database or engine counts), exposed as a gauge. */
    public void gauge(String name, long value) {
        holder(name, Tags.empty()).set(value);
    }

    /**
     * A family of gauges with one tag (e.g. per queue). A row that disappears (a mailbox disabled)
     * reports 0: the server's registry cannot remove a deployment's gauge.
     */
    public void gauges(String name, String tag, Map<String, ? extends Number> rows) {
        var seen = new java.util.HashSet<String>();
        rows.forEach((key, value) -> {
            holder(name, Tags.of(tag, key)).set(value.longValue());
            seen.add(key);
        });
        values.forEach((id, holder) -> {
            if (id.name().equals(name) && !seen.contains(id.tagValue())) {
                holder.set(0);
            }
        });
    }

    private AtomicLong holder(String name, Tags tags) {
        var tag = tags.stream().findFirst();
        var id = new GaugeId(name, tag.map(t -> t.getValue()).orElse(null));
        return values.computeIfAbsent(id, k -> {
            var value = new AtomicLong();
            // The convenience methods, not the builders: only they reach the server's registry
            // (WildFly's per-deployment registry keeps builder-registered meters to itself).
            registry.gauge(name, tags, value, AtomicLong::get);
            return value;
        });
    }

    private record GaugeId(String name, String tagValue) {
    }
}
