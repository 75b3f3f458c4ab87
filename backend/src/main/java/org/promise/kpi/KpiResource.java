package org.promise.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.http.PublicLinks;
import org.promise.common.wire.AcceptHeader;
import org.promise.common.wire.WireParam;
import org.promise.figure.ValueStatus;

/**
 * The KPI feed for partner systems and analysts. Every answer carries an ETag of its bytes, so a poller that sends
 * it back in If-None-Match gets 304 with no body, and Cache-Control says how long it may keep a page.
 */
@Path("/api/v1/kpis")
@Authenticated
public class KpiResource {

    private final KpiService service;
    private final ObjectMapper json;
    private final int maxAgeSeconds;
    private final PublicLinks publicLinks;

    public KpiResource(KpiService service, ObjectMapper json,
            @ConfigProperty(name = "promise.kpis.max-age-seconds", defaultValue = "300") int maxAgeSeconds,
            PublicLinks publicLinks) {
        this.service = service;
        this.json = json;
        this.maxAgeSeconds = maxAgeSeconds;
        this.publicLinks = publicLinks;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, AcceptHeader.TEXT_CSV})
    public Response list(@RestQuery List<String> indicator, @RestQuery List<String> area,
            @QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status, @RestQuery List<String> timeIdentifier,
            @QueryParam("modifiedSince") String modifiedSince, @QueryParam("after") String after,
            @QueryParam("before") String before, @QueryParam("pageSize") Integer pageSize, @QueryParam(AcceptHeader.FORMAT) String format,
            @Context HttpHeaders headers, @Context UriInfo uri) throws JsonProcessingException {
        KpiService.Filter filter = new KpiService.Filter(indicator == null ? List.of() : indicator,
                area == null ? List.of() : area, period, from, to,
                WireParam.optional(ValueStatus.class, "status", status).orElse(null), timeIdentifier, modifiedSince,
                after, before, pageSize == null ? 100 : pageSize);
        KpiRow.Page page = service.page(filter);
        boolean csv = AcceptHeader.asksFor(format, headers, AcceptHeader.TEXT_CSV);
        byte[] body = csv ? KpiCsv.write(page, service.areasByCode()).getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(page);
        String tag = EntityTags.ofContent(body);
        Response.ResponseBuilder answer = EntityTags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified()
                : Response.ok(body, csv ? AcceptHeader.TEXT_CSV + ";charset=UTF-8" : MediaType.APPLICATION_JSON);
        return answer.header(HttpHeaders.ETAG, tag)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, "Accept, Authorization")
                .header("Link", links(uri, page))
                .build();
    }

    /**
     * The EES metadata file (".meta.csv") of the CSV that {@link #list} writes for the same filters: one row per
     * filter and indicator column.
     */
    @GET
    @Path("meta")
    @Produces(AcceptHeader.TEXT_CSV)
    public Response meta(@RestQuery List<String> indicator, @RestQuery List<String> area,
            @QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status, @RestQuery List<String> timeIdentifier,
            @QueryParam("modifiedSince") String modifiedSince) {
        String body = service.meta(new KpiService.Filter(indicator == null ? List.of() : indicator,
                area == null ? List.of() : area, period, from, to,
                WireParam.optional(ValueStatus.class, "status", status).orElse(null), timeIdentifier, modifiedSince,
                null, null, 1));
        return Response.ok(body, AcceptHeader.TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"promise-kpis.meta.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, "Accept, Authorization").build();
    }

    /** RFC 8288 links to the first, next and previous pages, with every other parameter kept. */
    private String links(UriInfo uri, KpiRow.Page page) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, null, null, "first"));
        if (page.next() != null) {
            links.add(link(uri, "after", page.next(), "next"));
        }
        if (page.prev() != null) {
            links.add(link(uri, "before", page.prev(), "prev"));
        }
        return String.join(", ", links);
    }

    private String link(UriInfo uri, String cursorName, String cursor, String relation) {
        URI request = uri.getRequestUri();
        UriBuilder target = UriBuilder.fromPath(request.getRawPath()).replaceQuery(request.getRawQuery())
                .replaceQueryParam("after").replaceQueryParam("before");
        if (cursorName != null) {
            target.queryParam(cursorName, cursor);
        }
        return "<" + publicLinks.to(target.build().toString()) + ">; rel=\"" + relation + "\"";
    }
}
