package se.ingang.web.staff;

import java.util.Set;
import se.ingang.organisation.entity.StaffRole;

/**
 * Where a person arrives after logging in (and at "/"): the page of the work they do most. Agents
 * work the front office's inbox, so an agent goes there even with other roles; handlers their
 * group's queue; managers the dashboard; administrators the administration. Anyone else (the
 * telephone system's account) gets the inbox, which refuses them like every page does.
 */
public enum StartPage {
    INBOX("/staff/queue.xhtml"),
    GROUP_QUEUE("/staff/groups.xhtml"),
    DASHBOARD("/staff/dashboard.xhtml"),
    ADMINISTRATION("/staff/admin.xhtml");

    private final String path;

    StartPage(String path) {
        this.path = path;
    }

    /** The path inside the web module, starting with "/". */
    public String path() {
        return path;
    }

    public static StartPage forRoles(Set<StaffRole> roles) {
        if (roles.contains(StaffRole.AGENT)) {
            return INBOX;
        }
        if (roles.contains(StaffRole.HANDLER)) {
            return GROUP_QUEUE;
        }
        if (roles.contains(StaffRole.MANAGER)) {
            return DASHBOARD;
        }
        if (roles.contains(StaffRole.ADMINISTRATOR)) {
            return ADMINISTRATION;
        }
        return INBOX;
    }
}
