package se.ingang.api.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.ingang.platform.errors.ActionNotAllowedException;

/** The action does not fit the case's current state: 409. */
@Provider
public class ActionNotAllowedMapper implements ExceptionMapper<ActionNotAllowedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ActionNotAllowedException exception) {
        return ProblemResponses.toResponse(exception, uriInfo);
    }
}
