package org.promise.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The rules of access to information on a meeting: no sign-in needed. */
@Path("/api/v1/meetings/{id}/checks")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingCheckResource {

    private final MeetingCheckService service;

    public MeetingCheckResource(MeetingCheckService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    public MeetingChecks get(@PathParam("id") long id) {
        return service.checks(id);
    }
}
