package org.promise.common.error;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/** What {@link FormBodyReader} read from this request's body, and the fields it could not read. */
@RequestScoped
public class FormReading {

    private Object body;
    private final List<FieldError> problems = new ArrayList<>();

    void read(Object body, List<FieldError> problems) {
        this.body = body;
        this.problems.addAll(problems);
    }

    /** The body as read, fields that could not be read left out; null when no form body was read. */
    Object body() {
        return body;
    }

    List<FieldError> problems() {
        return List.copyOf(problems);
    }
}
