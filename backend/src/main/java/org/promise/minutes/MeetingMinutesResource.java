package org.promise.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A meeting's minutes and resolutions: no sign-in needed (what each caller reads is the service's rule). */
@Path("/api/v1/meetings/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingMinutesResource {

    private final MinuteService service;

    public MeetingMinutesResource(MinuteService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    public MeetingMinutes get(@PathParam("id") long id) {
        return service.minutes(id);
    }
}
