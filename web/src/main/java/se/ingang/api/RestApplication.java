package se.ingang.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Activates JAX-RS under /api; resources and providers in the WAR are discovered by scanning. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
