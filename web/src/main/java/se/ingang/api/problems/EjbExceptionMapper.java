package se.ingang.api.problems;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** System exceptions from the domain beans (also transaction rollbacks): mapped by their first known cause. */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(EJBException exception) {
        return ProblemResponses.toResponse(exception, uriInfo);
    }
}
