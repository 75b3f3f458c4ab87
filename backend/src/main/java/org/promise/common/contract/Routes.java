package org.promise.common.contract;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/** A resource method's route, spelled as the contract spells it ("GET /api/v1/areas/{code}"). */
public final class Routes {

    private Routes() {
    }

    /** The HTTP verb of a resource method, or "" when it is not one. */
    public static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return "";
    }

    /** The class's @Path and the method's, joined by one slash, without the regexes a template may hold. */
    public static String templateOf(Class<?> type, Method method) {
        Path root = type.getAnnotation(Path.class);
        Path sub = method.getAnnotation(Path.class);
        String path = ("/" + (root == null ? "" : root.value()) + "/" + (sub == null ? "" : sub.value()))
                .replaceAll("/+", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }
}
