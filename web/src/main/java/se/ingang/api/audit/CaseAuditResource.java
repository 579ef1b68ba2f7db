package se.ingang.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.audit.boundary.AuditLog;

/** GET /api/cases/{number}/audit: the case's audit trail, oldest first, for whoever may open the case. */
@Path("cases/{number}/audit")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class CaseAuditResource {

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    @GET
    public List<AuditEntryView> trail(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        return audit.ofCase(number.trim()).stream().map(AuditEntryView::of).toList();
    }
}
