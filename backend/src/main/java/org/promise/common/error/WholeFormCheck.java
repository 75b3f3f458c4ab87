package org.promise.common.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Every error of a {@link WholeForm} body in one answer: the fields that could not be read, the constraints the rest
 * breaks, and the service's rules. The rules run only when the form has other errors, as a trial of the write on
 * what could be read, in a transaction rolled back whatever happens: nothing of it is kept. A rule that needs a
 * field the form lacks or has wrong is left to that field's error: its error is dropped, and a failure it meets
 * (a null where the rule expected a value) only ends the trial.
 */
@WholeForm
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class WholeFormCheck {

    private static final Logger LOG = Logger.getLogger(WholeFormCheck.class);

    private final FormReading reading;
    private final Validator validator;
    private final TransactionManager transactions;

    public WholeFormCheck(FormReading reading, Validator validator, TransactionManager transactions) {
        this.reading = reading;
        this.validator = validator;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Object body = reading.body();
        if (body == null) {
            return invocation.proceed();
        }
        List<FieldError> unread = reading.problems();
        List<FieldError> shape = new ArrayList<>(unread);
        validator.validate(body).stream().map(ProblemMappers::fieldError)
                .filter(error -> !namedIn(error, unread)).forEach(shape::add);
        if (shape.isEmpty()) {
            return invocation.proceed();
        }
        List<FieldError> all = new ArrayList<>(shape);
        ruleErrors(invocation).stream().filter(error -> !namedIn(error, shape)).forEach(all::add);
        throw ApiException.invalid(all.stream().distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule)).toList());
    }

    /** The errors of the service's rules on what could be read; the write itself is always undone. */
    private List<FieldError> ruleErrors(InvocationContext invocation) throws Exception {
        transactions.begin();
        try {
            invocation.proceed();
            return List.of();
        } catch (ApiException e) {
            return e.kind() == ApiException.Kind.VALIDATION ? e.errors() : List.of();
        } catch (Exception e) {
            LOG.debugf("The rules' trial of %s ended on the form's own errors: %s", invocation.getMethod(), e);
            return List.of();
        } finally {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        }
    }

    /** Whether another error already names the field, or a field it is part of ("papers" for "papers[0].title"). */
    private static boolean namedIn(FieldError error, List<FieldError> others) {
        return others.stream().map(FieldError::field).anyMatch(field -> error.field().equals(field)
                || error.field().startsWith(field + ".") || error.field().startsWith(field + "["));
    }
}
