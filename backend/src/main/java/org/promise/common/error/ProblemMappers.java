package org.promise.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Nothing from an exception's class or stack reaches the client:
 * unexpected failures are logged with an id that the answer quotes, so a support call can find the log line.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final TransactionOverruns overruns;
    private final DatabaseReachability reachability;

    public ProblemMappers(TransactionOverruns overruns, DatabaseReachability reachability) {
        this.overruns = overruns;
        this.reachability = reachability;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(e.kind().status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e, request.path()));
        if (e.kind() == ApiException.Kind.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (e.retryAfterSeconds() > 0) {
            builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e, request, null);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
                .toList();
        return api(ApiException.invalid(errors), request);
    }

    /**
     * Every failure to read a JSON body, wherever the reader surfaced it, named by field and rule. Jackson's
     * subclasses are listed because Quarkus maps some of them itself, with another body and media type.
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
        InvalidFormatException.class, UnrecognizedPropertyException.class, StreamReadException.class,
        JsonParseException.class})
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return api(JsonFailures.describe(e), request);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return api(ApiException.of(ApiException.Kind.UNAUTHORIZED,
                "Sign in to see this: you have not signed in, or your sign-in has ended"), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return api(ApiException.forbidden("Your role does not allow this"), request);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, HttpServerRequest request) {
        return api(ApiException.of(ApiException.Kind.PRECONDITION_FAILED,
                "Somebody else changed this while you were saving; read it again and reapply your change"), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        // The JSON reader wraps Jackson's failures; unwrap them so that the answer names the field.
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json(cause, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request, null);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Request failed" : statusType.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is no such page or record: check the address";
            case 405 -> "This address does not take " + request.method() + " requests";
            case 406 -> "This resource cannot answer in the media type asked for in Accept";
            case 415 -> unsupportedMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE));
            default -> title;
        };
        return problem(status, slugOf(title), title, detail, request).build();
    }

    /**
     * Names the media type refused, not one to send instead: operations differ (most take JSON, the targets import
     * takes only CSV), and the contract gives each its own.
     */
    private static String unsupportedMediaType(String sent) {
        String type = sent == null || sent.isBlank() ? "a body without a Content-Type"
                : sent.length() > 100 ? sent.substring(0, 100) + "…" : sent;
        return "This operation does not take " + type + "; send the body in a media type the contract gives for it";
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request, ContainerRequestContext context) {
        reachability.noteFailure(e);
        Optional<ApiException> refusedByDatabase = DatabaseFailures.describe(e);
        if (refusedByDatabase.isPresent()) {
            LOG.warnf("%s %s refused by the database: %s", request.method(), request.path(), e);
            return api(refusedByDatabase.get(), request);
        }
        Optional<ApiException> timedOut = overruns.describe(context);
        if (timedOut.isPresent()) {
            LOG.warnf(e, "%s %s ran past the transaction timeout and was rolled back", request.method(),
                    request.path());
            return api(timedOut.get(), request);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s %s", incident, request.method(), request.path());
        return problem(500, "internal", "Something went wrong",
                "The failure was logged as incident " + incident + "; nothing was saved", request).build();
    }

    /** A problem for a failure that is not an {@link ApiException}: the framework's own, or an unexpected one. */
    private static Response.ResponseBuilder problem(int status, String slug, String title, String detail,
            HttpServerRequest request) {
        Problem body = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, request.path(), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "create.input.recommendations[0].<list element>" becomes "recommendations[0]"; a parameter keeps its name. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> field.setLength(0);
                case CONTAINER_ELEMENT -> appendIndex(field, node);
                default -> {
                    appendIndex(field, node);
                    if (node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.append(ValidationRules.parameterName(node.getName()));
            }
        }
        return field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }

    /**
     * A broken rule, named by its field; a rule the body itself breaks (no body, or {@code null}) names the body,
     * as the JSON reader's errors do ("The body must be an object").
     */
    static FieldError fieldError(ConstraintViolation<?> violation) {
        String field = fieldOf(violation.getPropertyPath());
        String rule = ValidationRules.ruleOf(violation);
        if (!field.isEmpty()) {
            return new FieldError(field, rule, PlainMessages.of(field, violation));
        }
        return new FieldError(ValidationRules.BODY_PARAMETER, rule, rule.equals("required")
                ? "Send a JSON body: this request needs one"
                : "The details sent " + violation.getMessage());
    }
}
