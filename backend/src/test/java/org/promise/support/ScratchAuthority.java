package org.promise.support;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A local authority of one test class's own, made fresh in the test database, so that what the class writes is
 * read by no other class and the demo authorities keep the figures the board packs give them. Call it from a
 * {@code @BeforeAll} method: the application (and its database) must be running.
 *
 * <p>Codes are GSS-shaped ({@code E069xxxxx}, unitary authorities' prefix, a range no real authority uses) and
 * taken in turn from the first free one, so every class gets its own whatever order the classes run in.
 */
public final class ScratchAuthority {

    /** The region every scratch authority is in, so that it has a regional comparator as real ones do. */
    public static final String REGION = "E12000005";

    private static final String CODE_FORMAT = "E069%05d";
    private static final int MAX_CODES = 100_000;

    private ScratchAuthority() {
    }

    /** A new local authority named after {@code owner} (the test class that writes to it); returns its code. */
    public static String create(Class<?> owner) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into area (code, name, kind, parent_code, note)
                        values (?, ?, 'local-authority', ?, 'Scratch data of one test class')
                        on conflict (code) do nothing""")) {
            for (int number = 1; number < MAX_CODES; number++) {
                String code = CODE_FORMAT.formatted(number);
                insert.setString(1, code);
                insert.setString(2, "Scratch authority of " + owner.getSimpleName());
                insert.setString(3, REGION);
                if (insert.executeUpdate() == 1) {
                    return code;
                }
            }
            throw new IllegalStateException("No free scratch authority code left");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a scratch authority for " + owner.getName(), e);
        }
    }
}
