package se.ingang.operations.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The application's meters, in the registry of WildFly's micrometer subsystem, which serves them
 * in Prometheus format (README "Operations"). Names follow Micrometer's dotted style; Prometheus
 * sees them as ingang_cases_created_total and so on. Without the subsystem the meters go to a
 * private registry, so the application never depends on it to run.
 */
@ApplicationScoped
public class ApplicationMetrics {

    private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
    private final Map<String, MultiGauge> multiGauges = new ConcurrentHashMap<>();

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
        Counter.builder("ingang.cases.created").description("Cases registered, by channel")
                .tag("channel", channel).register(registry).increment();
    }

    public void slaWarned() {
        Counter.builder("ingang.sla.warnings").description("SLA warnings sent by this node").register(registry).increment();
    }

    public void slaBreached() {
        Counter.builder("ingang.sla.breaches").description("SLA breaches recorded by this node").register(registry).increment();
    }

    /** Latency of one API request; route is the matched template (never raw paths, which would explode the series). */
    public void requestServed(String method, String route, int status, Duration took) {
        Timer.builder("ingang.http.requests").description("API requests, by method, route and status")
                .tags("method", method, "route", route, "status", String.valueOf(status))
                .register(registry).record(took);
    }

    /** A single value refreshed by a scheduled reader (database or engine counts), exposed as a gauge. */
    public void gauge(String name, String description, long value) {
        values.computeIfAbsent(name, n -> {
            var holder = new AtomicLong();
            io.micrometer.core.instrument.Gauge.builder(n, holder, AtomicLong::get).description(description).register(registry);
            return holder;
        }).set(value);
    }

    /** A family of gauges with one tag (e.g. per queue); rows that disappeared are dropped. */
    public void gauges(String name, String description, String tag, Map<String, ? extends Number> rows) {
        var gauge = multiGauges.computeIfAbsent(name, n -> MultiGauge.builder(n).description(description).register(registry));
        List<MultiGauge.Row<?>> list = rows.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of(tag, e.getKey()), e.getValue()))
                .toList();
        gauge.register(list, true);
    }
}
