package se.ingang.api.apitokens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.ingang.api.Caller;
import se.ingang.apitokens.boundary.ApiTokens;

/**
 * API tokens (README "API tokens"): staff manage their own, administrators everyone's.
 * Who may do what is decided in {@link ApiTokens}; this class only translates.
 */
@Path("api-tokens")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /** 201 with the secret; no cache may keep the answer. */
    @POST
    public Response create(@NotNull NewApiToken body) {
        var created = tokens.create(Caller.name(security), body.owner(), body.name(), body.scopes(), body.expiresInDays());
        var noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.token().getId())).build())
                .cacheControl(noStore).entity(CreatedApiTokenView.of(created)).build();
    }

    /** Own tokens; administrators all, or one owner's with {@code ?owner=}. */
    @GET
    public List<ApiTokenView> list(@QueryParam("owner") String owner) {
        return tokens.list(Caller.name(security), owner).stream().map(ApiTokenView::of).toList();
    }

    @DELETE
    @Path("{id}")
    public ApiTokenView revoke(@PathParam("id") long id) {
        return ApiTokenView.of(tokens.revoke(Caller.name(security), id));
    }
}
