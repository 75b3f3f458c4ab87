package org.promise.common.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.promise.support.Interposed;

/**
 * A query's parameters are worked out before it takes a connection from the pool: a binder that asks a cache (the
 * caller's shared areas, say) may read through the pool itself, and with every connection held by a request doing
 * the same, none would be given back (decision 56).
 */
@QuarkusTest
class PlainSqlTest {

    @Inject
    DataSource dataSource;

    /** The connections the PlainSql under test holds at this moment. */
    private final AtomicInteger held = new AtomicInteger();

    @Test
    void shouldWorkOutAQuerysParametersBeforeTakingAConnection() {
        List<Integer> heldWhileBinding = new ArrayList<>();
        List<String> rows = counted().list("select ?::varchar || array_length(?::varchar[], 1)", parameters -> {
            heldWhileBinding.add(held.get());
            parameters.text("parts: ").texts(List.of("a", "b", "c"));
        }, row -> row.getString(1));
        assertThat(rows).containsExactly("parts: 3");
        assertThat(heldWhileBinding).containsExactly(0);
        assertThat(held.get()).isZero();
    }

    @Test
    void shouldBindEveryKindOfParameterInOrderInASession() {
        List<String> rows = counted().inSession(session -> session.list(
                "select concat_ws('|', ?::varchar, ?::date, ?::numeric, ?::int, ?::bigint, ?::bigint, ?::boolean,"
                        + " array_to_string(?::bigint[], ','))",
                parameters -> parameters.text("x").date(null).number(new java.math.BigDecimal("1.50")).integer(7)
                        .id(8L).optionalId(null).flag(true).ids(List.of(1L, 2L)),
                row -> row.getString(1)));
        assertThat(rows).containsExactly("x|1.50|7|8|t|1,2");
        assertThat(held.get()).isZero();
    }

    /** A PlainSql on the service's pool that counts the connections it holds. */
    private PlainSql counted() {
        return new PlainSql(Interposed.as(DataSource.class, (method, arguments) -> {
            Object result = Interposed.forward(dataSource, method, arguments);
            if (method.getName().equals("getConnection")) {
                held.incrementAndGet();
                return counted((Connection) result);
            }
            return result;
        }));
    }

    private Connection counted(Connection connection) {
        return Interposed.as(Connection.class, (method, arguments) -> {
            if (method.getName().equals("close")) {
                held.decrementAndGet();
            }
            return Interposed.forward(connection, method, arguments);
        });
    }
}
