package se.ingang.api.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.ingang.platform.errors.AccessDeniedException;

/** The caller may not see or do this (access.CaseAccess): 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return ProblemResponses.toResponse(exception, uriInfo);
    }
}
