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

    /** The administrator every Api.ofThisServer() call logs in as; made at the first use. */
    public static final String TEST_ADMINISTRATOR = "it-administrator";
    /** The password every test user gets (test data only). */
    public static final String TEST_PASSWORD = "it-password-2026";

    private static volatile boolean administratorReady;

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
        StaffDirectory staff = staff();
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        staff.addUser(username, "Test " + username, username + "@example.edu", role, queues);
        return username;
    }

    /** A new staff member as {@link #newStaffMember}, with {@link #TEST_PASSWORD} so they can log in. */
    public static String newLoginUser(StaffRole role, String... queues) {
        String username = newStaffMember(role, queues);
        staff().setPassword(username, TEST_PASSWORD);
        return username;
    }

    /** The API as a new staff member of the given role and queues. */
    public static Api apiAs(String username) {
        return Api.as(username, TEST_PASSWORD);
    }

    /** Idempotent: every test class may be the first, and they share one database. */
    public static synchronized void ensureTestAdministrator() {
        if (administratorReady) {
            return;
        }
        var staff = staff();
        if (staff.findUser(TEST_ADMINISTRATOR).isEmpty()) {
            try {
                staff.addUser(TEST_ADMINISTRATOR, "Test administrator", "it-administrator@example.edu", StaffRole.ADMINISTRATOR);
            } catch (RuntimeException alreadyMadeByAnotherTest) {
                if (staff.findUser(TEST_ADMINISTRATOR).isEmpty()) {
                    throw alreadyMadeByAnotherTest;
                }
            }
        }
        if (staff.findUser(TEST_ADMINISTRATOR).orElseThrow().getPassword().isEmpty()) {
            staff.setPassword(TEST_ADMINISTRATOR, TEST_PASSWORD);
        }
        administratorReady = true;
    }

    public static StaffDirectory staff() {
        return lookup("java:global/ingang/ingang-ejb/StaffDirectory!" + StaffDirectory.class.getName());
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
