package se.ingang.api.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.ingang.platform.errors.InvalidInputException;

/** A domain rule rejected a field: 400 with that field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return ProblemResponses.toResponse(exception, uriInfo);
    }
}
