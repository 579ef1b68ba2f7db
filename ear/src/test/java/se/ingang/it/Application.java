package se.ingang.it;

import java.time.Duration;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.camunda.bpm.engine.ProcessEngine;
import se.ingang.calendar.boundary.BusinessCalendars;
import se.ingang.cases.boundary.Cases;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/** The deployed application's beans, looked up by their global JNDI names. */
public final class Application {

    private Application() {
    }

    public static Cases cases() {
        return lookup("java:global/ingang/ingang-ejb/Cases!" + Cases.class.getName());
    }

    public static BusinessCalendars calendars() {
        return lookup("java:global/ingang/ingang-ejb/BusinessCalendars!" + BusinessCalendars.class.getName());
    }

    public static ApplicationClock clock() {
        return lookup("java:global/ingang/ingang-ejb/ApplicationClock!" + ApplicationClock.class.getName());
    }

    public static ProcessEngine processEngine() {
        ProcessEngineBootstrap bootstrap = lookup("java:global/ingang/ingang-workflows/ProcessEngineBootstrap!"
                + ProcessEngineBootstrap.class.getName());
        return bootstrap.engine();
    }

    /** A new staff member who works the given queues; unique, so tests never share one. */
    public static String newStaffMember(StaffRole role, String... queues) {
        StaffDirectory staff = lookup("java:global/ingang/ingang-ejb/StaffDirectory!" + StaffDirectory.class.getName());
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        staff.addUser(username, "Test " + username, username + "@example.edu", role, queues);
        return username;
    }

    public static void advanceClock(Duration amount) {
        clock().advance(amount);
    }

    @SuppressWarnings("unchecked")
    static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("cannot look up " + name, e);
        }
    }
}
