package org.promise.me;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.promise.area.AreaService;
import org.promise.common.security.Caller;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Caller caller;
    private final AreaService areas;

    public MeResource(Caller caller, AreaService areas) {
        this.caller = caller;
        this.areas = areas;
    }

    @GET
    @Authenticated
    public MeView me() {
        var authorities = areas.byCodes(caller.authorities()).stream()
                .map(area -> new MeView.AuthoritySummary(area.code(), area.name()))
                .toList();
        return new MeView(caller.subject(), caller.name(), caller.roles(), authorities);
    }
}
