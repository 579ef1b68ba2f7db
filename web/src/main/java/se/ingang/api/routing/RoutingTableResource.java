package se.ingang.api.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.routing.boundary.RoutingTables;
import se.ingang.routing.control.RoutingTableView;

/**
 * The routing table: GET /api/routing-table (version, columns and rules as JSON), GET
 * /api/routing-table/dmn (the DMN XML, to edit e.g. in Camunda Modeler), PUT
 * /api/routing-table/dmn (a changed table; validated, then deployed as the next version; an
 * invalid one is a 400 problem and changes nothing). Managers and administrators view and
 * download it; changing it is for administrators.
 */
@Path("routing-table")
@RequestScoped
@Transactional
public class RoutingTableResource {

    @Inject
    RoutingTables tables;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public RoutingTableView current() {
        access.requireReadsEverything(Caller.name(security));
        return tables.current();
    }

    @GET
    @Path("dmn")
    @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response download() {
        access.requireReadsEverything(Caller.name(security));
        var view = tables.current();
        return Response.ok(tables.currentXml())
                .header("Content-Disposition", "attachment; filename=\"routing-v" + view.version() + ".dmn\"")
                .build();
    }

    @PUT
    @Path("dmn")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public RoutingTableView upload(byte[] dmnXml) {
        access.requireConfiguration(Caller.name(security));
        return tables.upload(dmnXml);
    }
}
