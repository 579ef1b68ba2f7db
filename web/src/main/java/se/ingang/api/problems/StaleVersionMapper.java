package se.ingang.api.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.ingang.platform.errors.StaleVersionException;

/** The caller acted on an old version: 409, reload and retry. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(StaleVersionException exception) {
        return ProblemResponses.toResponse(exception, uriInfo);
    }
}
