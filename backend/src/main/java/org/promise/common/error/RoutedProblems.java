package org.promise.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/** Answers with a problem from a Vert.x route filter, where JAX-RS and its exception mappers have not run yet. */
@Singleton
public class RoutedProblems {

    private final ObjectMapper json;

    public RoutedProblems(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext context, ApiException e) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(e, context.request().path()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        // The rest of the request is not read: the connection closes after the answer.
        context.response().setStatusCode(e.kind().status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
