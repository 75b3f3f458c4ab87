package org.promise.board;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.security.Role;

@Path("/api/v1/boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    private final BoardService service;

    public BoardResource(BoardService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    public BoardView.Page list(@QueryParam("authority") String authority) {
        return new BoardView.Page(service.list(authority));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Response get(@PathParam("id") long id) {
        BoardView board = service.get(id);
        return Response.ok(board).header(HttpHeaders.ETAG, EntityTags.of(board.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @WholeForm
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull BoardInput body) {
        BoardView changed = service.replace(id, ifMatch, body);
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }
}
