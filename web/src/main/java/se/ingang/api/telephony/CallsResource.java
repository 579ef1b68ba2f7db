package se.ingang.api.telephony;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.telephony.boundary.CallImports;
import se.ingang.telephony.boundary.CallRecorder;
import se.ingang.telephony.boundary.Callbacks;
import se.ingang.telephony.control.CallLogCsv;
import se.ingang.telephony.entity.CallRecord;

/**
 * Call logs from the telephone system. POST /api/calls/imports takes a CSV export (the body
 * as text/csv, or a multipart form with the file in the part "file") and answers with the
 * import report, row by row; POST /api/calls/events takes one CTI event as JSON.
 * Each call is recorded in a transaction of its own, so neither runs inside one here.
 * Calls are reported by the telephone system's machine account (role INTEGRATION) or by an
 * administrator; a call record is read by managers, administrators and the members of the
 * front office its phone queue feeds.
 */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    /** A call log of a busy month is a few MB; more than this is no call log. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    CallImports imports;

    @Inject
    Callbacks callbacks;

    @Inject
    CallRecorder calls;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReportView importCsv(InputStream body) {
        access.requireCallFeed(Caller.name(security));
        return ImportReportView.of(imports.importCsv(CallLogCsv.decode(read(body))));
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportReportView importUpload(@FormParam("file") EntityPart file) {
        access.requireCallFeed(Caller.name(security));
        if (file == null) {
            throw new InvalidRequestException(List.of(new FieldError("file", "attach the call log as the part 'file'")));
        }
        return ImportReportView.of(imports.importCsv(CallLogCsv.decode(read(file.getContent()))));
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(@Valid @NotNull CtiEvent event) {
        access.requireCallFeed(Caller.name(security));
        var outcome = CallEventOutcome.of(imports.event(event.toCall()));
        if (outcome.effect() == CallRecord.Effect.RECORDED) {
            var location = uriInfo.getBaseUriBuilder().path(CallsResource.class).path(outcome.callId()).build();
            return Response.created(location).entity(outcome).build();
        }
        return Response.ok(outcome).build();
    }

    @GET
    @Path("{callId}")
    @Transactional
    public CallView call(@PathParam("callId") String callId) {
        var call = calls.find(callId);
        access.checkQueue(call.getPhoneQueue().getFrontOffice().getCode(), Caller.name(security));
        return CallView.of(call, call.isMissed() ? callbacks.caseNumberOf(call).orElse(null) : null);
    }

    private static byte[] read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidRequestException(List.of(new FieldError("file", "larger than " + MAX_BYTES / 1024 / 1024
                        + " MB; split the export")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
