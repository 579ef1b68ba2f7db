package se.ingang.api.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.notifications.boundary.Notifications;

/**
 * GET /api/notifications?recipient=anna&recipient=it-service-desk (a person and their
 * groups), ?caseNumber=… (what was said about one case: to the caller and their groups; to
 * anyone for those who read everything), or both (both filters apply). The caller's own
 * notifications are marked read one by one or all at once; someone else's is not found.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Inject
    Notifications notifications;

    @GET
    public List<NotificationView> list(@QueryParam("recipient") List<String> recipients, @QueryParam("caseNumber") String caseNumber) {
        String caller = Caller.name(security);
        boolean named = recipients != null && !recipients.isEmpty();
        if (named) {
            access.requireNotificationsOf(caller, recipients);
        }
        if (caseNumber != null && !caseNumber.isBlank()) {
            String number = caseNumber.trim();
            access.check(number, caller);
            if (!named && access.readsEverything(caller)) {
                return views(notifications.forCase(number));
            }
            return views(notifications.forCase(number, named ? recipients : access.notificationAddressesOf(caller)));
        }
        if (!named) {
            throw new InvalidRequestException(List.of(new FieldError("recipient", "name a recipient or a caseNumber")));
        }
        return views(notifications.forRecipients(recipients));
    }

    /** {"unread": n}: the caller's unread notifications, to them and to their queues. */
    @GET
    @Path("unread-count")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(mine()));
    }

    /** 404 for a notification that is not addressed to the caller or one of their queues. */
    @POST
    @Path("{id}/read")
    public NotificationView markRead(@PathParam("id") long id) {
        return NotificationView.of(notifications.markRead(id, mine()));
    }

    /** {"marked": n}: every unread notification of the caller (of one case with ?caseNumber=). */
    @POST
    @Path("read")
    public Marked markAllRead(@QueryParam("caseNumber") String caseNumber) {
        String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim();
        return new Marked(notifications.markAllRead(mine(), number));
    }

    public record UnreadCount(long unread) {
    }

    public record Marked(int marked) {
    }

    private java.util.Set<String> mine() {
        String caller = Caller.name(security);
        access.requireStaff(caller);
        var addresses = access.notificationAddressesOf(caller);
        // Nobody with a role has no address; an empty IN () is no valid query either.
        return addresses.isEmpty() ? java.util.Set.of("") : addresses;
    }

    private static List<NotificationView> views(List<se.ingang.notifications.entity.Notification> found) {
        return found.stream().map(NotificationView::of).toList();
    }
}
