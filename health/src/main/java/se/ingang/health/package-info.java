/**
 * The bridge between WildFly's microprofile-health subsystem and the application's health checks.
 *
 * <p>Why it exists: the subsystem finds checks through a CDI extension that WildFly registers once
 * per top-level deployment, and that extension's bean archive only sees the bean archives of the
 * top-level module. In an EAR that is the jars in {@code lib/} — not the EJB modules and not the
 * WAR, which are sub-deployments with modules of their own (WildFly documents health checks in EAR
 * sub-deployments as unsupported, WFLY-12835). Checks written in the WAR or an EJB jar are therefore
 * never listed at /health. This jar sits in {@code lib/}; each producer here hands WildFly one check
 * that delegates to the real one, an EJB with a local {@link org.eclipse.microprofile.health.HealthCheck}
 * view in the module that owns the knowledge (the database and mailboxes in ingang-ejb, the process
 * engine in ingang-workflows, which alone imports Camunda).
 */
package se.ingang.health;
