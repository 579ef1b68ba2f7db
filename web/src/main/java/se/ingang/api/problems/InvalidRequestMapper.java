package se.ingang.api.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Request parameters the API could not translate: 400 with every offending field. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return ProblemResponses.toResponse(exception, uriInfo);
    }
}
