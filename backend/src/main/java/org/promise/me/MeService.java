package org.promise.me;

import jakarta.enterprise.context.ApplicationScoped;
import org.promise.area.AreaService;
import org.promise.common.security.Caller;

@ApplicationScoped
public class MeService {

    private final Caller caller;
    private final AreaService areas;

    public MeService(Caller caller, AreaService areas) {
        this.caller = caller;
        this.areas = areas;
    }

    /** The caller as the token describes them, with the names of the authorities they act for. */
    public MeView describeCaller() {
        var authorities = areas.named(caller.authorities()).stream()
                .map(area -> new MeView.AuthoritySummary(area.code(), area.name()))
                .toList();
        return new MeView(caller.subject(), caller.name(), caller.roles(), authorities);
    }
}
