package org.promise.common.error;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write whose JSON body is a form a person fills in: every error of the body comes back in one 400, not one layer
 * per submit (decision 41). The body is read leniently ({@link FormBodyReader}: a field that cannot be read is
 * recorded and left out), checked against its Bean Validation constraints, and, when either found a problem, the
 * write is tried on what could be read in a transaction that is always rolled back, so that the service's rules
 * add their errors ({@link WholeFormCheck}). The body parameter carries no {@code @Valid}: the check validates it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeForm {
}
