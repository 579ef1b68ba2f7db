package se.ingang.health;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One of the application's checks, looked up when WildFly asks (the EJB may start after the
 * check is registered). A check that cannot be reached or fails is DOWN under its own name, so
 * /health never answers with an error instead of a verdict.
 */
final class DelegatingHealthCheck implements HealthCheck {

    private final String name;
    private final String jndiName;
    private volatile HealthCheck target;

    DelegatingHealthCheck(String name, String module, String bean) {
        this.name = name;
        this.jndiName = "java:global/ingang/" + module + "/" + bean + "!" + HealthCheck.class.getName();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return target().call();
        } catch (NamingException | RuntimeException e) {
            target = null;
            return HealthCheckResponse.named(name).down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private HealthCheck target() throws NamingException {
        var found = target;
        if (found == null) {
            found = (HealthCheck) InitialContext.doLookup(jndiName);
            target = found;
        }
        return found;
    }

    @Override
    public String toString() {
        return name + " -> " + jndiName;
    }
}
