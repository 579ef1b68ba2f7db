package se.ingang.api.calendar;

import se.ingang.api.Caller;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.ingang.calendar.boundary.BusinessCalendars;

/** The business calendars deadlines count in; administrators add closed days here. */
@Path("calendars")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarsResource {

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Inject
    BusinessCalendars calendars;

    @GET
    public List<CalendarView> list() {
        access.requireStaff(Caller.name(security));
        return calendars.all().stream().map(CalendarView::of).toList();
    }

    @POST
    @Path("{code}/closed-days")
    public Response addClosedDay(@PathParam("code") String code, @Valid @NotNull ClosedDayRequest body) {
        access.requireConfiguration(Caller.name(security));
        calendars.addClosedDay(code, body.date(), body.reason());
        return Response.status(Response.Status.CREATED).build();
    }
}
