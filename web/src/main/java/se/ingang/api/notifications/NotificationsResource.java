package se.ingang.api.notifications;

import se.ingang.api.Caller;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.notifications.boundary.Notifications;

/**
 * GET /api/notifications?recipient=anna&recipient=it-service-desk (a person and their
 * groups), or ?caseNumber=… for everything said about one case.
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
        if (caseNumber != null && !caseNumber.isBlank()) {
            access.check(caseNumber.trim(), caller);
            return notifications.forCase(caseNumber.trim()).stream().map(NotificationView::of).toList();
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError("recipient", "name a recipient or a caseNumber")));
        }
        access.requireNotificationsOf(caller, recipients);
        return notifications.forRecipients(recipients).stream().map(NotificationView::of).toList();
    }
}
