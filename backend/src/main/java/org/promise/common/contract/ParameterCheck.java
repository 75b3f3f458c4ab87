package org.promise.common.contract;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;

/**
 * Checks every request's query and path parameters against the contract before the resource method runs: an
 * unknown parameter, a repeated one, an empty one, or a value its schema does not allow is a 400 naming the
 * parameter and the rule. JAX-RS alone would ignore unknown parameters, read "1" as false and answer 404 for a
 * number it cannot convert.
 */
@Provider
public class ParameterCheck implements ContainerRequestFilter {

    private final ContractParameters contract;
    private final Map<Method, Optional<ContractParameters.Operation>> operations = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    public ParameterCheck(ContractParameters contract) {
        this.contract = contract;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Optional<ContractParameters.Operation> operation = operations.computeIfAbsent(method,
                m -> contract.operation(Routes.verbOf(m), Routes.templateOf(resource.getResourceClass(), m)));
        if (operation.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        query.forEach((name, values) -> {
            ParameterRule rule = operation.get().query().get(name);
            if (rule == null) {
                errors.add(new FieldError(name, "unknown-parameter", "'" + name + "' is not a parameter of this "
                        + "operation" + known(operation.get().query().keySet())));
            } else {
                errors.addAll(rule.check(values));
            }
        });
        operation.get().query().values().stream()
                .filter(rule -> rule.required() && !query.containsKey(rule.name()))
                .forEach(rule -> errors.add(rule.missing()));
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters(true);
        operation.get().path().forEach((name, rule) -> errors.addAll(rule.check(path.getOrDefault(name, List.of()))));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String known(Set<String> names) {
        return names.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", new TreeSet<>(names));
    }
}
