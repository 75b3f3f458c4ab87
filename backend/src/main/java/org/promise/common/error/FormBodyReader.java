package org.promise.common.error;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.common.util.StreamUtil;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Reads the JSON body of a {@link WholeForm} write as the service's own reader does, except that a field whose value
 * cannot be read (a date that is no date, text where a number is due, a property the form does not have) is
 * recorded as a problem of that field and left out, and reading goes on. A body that cannot be read at all (not
 * JSON, a key given twice, not an object) still fails at once, as one problem.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER)
public class FormBodyReader implements ServerMessageBodyReader<Object> {

    private final ObjectMapper mapper;
    private final FormReading reading;

    public FormBodyReader(ObjectMapper mapper, FormReading reading) {
        this.mapper = mapper;
        this.reading = reading;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo method,
            MediaType mediaType) {
        return method != null && Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType() == WholeForm.class);
    }

    /** Only a resource method marked {@link WholeForm} is read this way; the service's reader takes the rest. */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return false;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, MediaType mediaType, ServerRequestContext context)
            throws IOException {
        return read(genericType == null ? type : genericType, context.getInputStream());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(genericType == null ? type : genericType, entityStream);
    }

    private Object read(Type type, InputStream body) throws IOException {
        if (StreamUtil.isEmpty(body)) {
            return null;
        }
        // Exact decimals: a tree would otherwise hold 0.1 as a double, or drop a figure's trailing zeros.
        JsonNode tree = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(body);
        if (tree == null || tree.isMissingNode()) {
            return null;
        }
        List<FieldError> problems = new ArrayList<>();
        Object form = readLeniently(tree, mapper.readerFor(mapper.constructType(type)), problems);
        reading.read(form, problems);
        return form;
    }

    /**
     * Reads the tree, and each time a field cannot be read records why and takes the field out: each pass removes
     * or nulls one value, so the loop ends. A failure that names no field is the body's own and ends reading.
     */
    static Object readLeniently(JsonNode tree, ObjectReader reader, List<FieldError> problems) throws IOException {
        while (true) {
            try {
                return reader.readValue(tree);
            } catch (JsonMappingException e) {
                if (e.getPath().isEmpty() || !leaveOut(tree, e.getPath())) {
                    throw e;
                }
                ApiException described = JsonFailures.describe(e);
                if (described.kind() != ApiException.Kind.VALIDATION) {
                    throw described;
                }
                problems.addAll(described.errors());
            }
        }
    }

    /** Removes the field at the path (an element of a list becomes null, keeping its neighbours' positions). */
    private static boolean leaveOut(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode parent = tree;
        for (JsonMappingException.Reference step : path.subList(0, path.size() - 1)) {
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null) {
            return object.remove(last.getFieldName()) != null;
        }
        if (parent instanceof ArrayNode list && last.getIndex() >= 0 && last.getIndex() < list.size()
                && !list.get(last.getIndex()).isNull()) {
            list.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
