package org.promise.support;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A local authority of one test class's own, made fresh in the test database with its statistical-neighbour group,
 * so that what the class writes is read by no other class and the demo areas keep the figures the board packs give
 * them. Call it once the application runs: from a {@code @BeforeAll} method or a test (REST Assured, though, knows
 * the application's port only in a test and its {@code @BeforeEach}, so figures are written there).
 *
 * <p>Codes are GSS-shaped ({@code E069xxxxx}, unitary authorities' prefix, a range no real authority uses) and
 * taken in turn from the first free one, so every class gets its own whatever order the classes run in.
 */
public record ScratchAuthority(String code, String name) {

    /** The region every scratch authority is in, so that it has a regional comparator as real ones do. */
    private static final String REGION = "E12000005";

    private static final String CODE_FORMAT = "E069%05d";
    private static final Pattern SCRATCH_CODE = Pattern.compile("(SN-)?E069[0-9]{5}");
    private static final int MAX_CODES = 100_000;

    /** A signed token of one of this authority's officers. */
    public String officer() {
        return Tokens.officer(code);
    }

    /**
     * A new local authority named after {@code owner}, the test class that writes to it; a class that needs two
     * (its own and another one) calls this twice.
     */
    public static ScratchAuthority create(Class<?> owner) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement authority = connection.prepareStatement("""
                        insert into area (code, name, kind, parent_code, note)
                        values (?, ?, 'local-authority', ?, 'Scratch data of one test class')
                        on conflict (code) do nothing""");
                PreparedStatement neighbours = connection.prepareStatement("""
                        insert into area (code, name, kind, parent_code)
                        values (?, ?, 'statistical-neighbours', ?)""")) {
            for (int number = 1; number < MAX_CODES; number++) {
                String code = CODE_FORMAT.formatted(number);
                ScratchAuthority created = new ScratchAuthority(code, owner.getSimpleName() + " " + code);
                authority.setString(1, code);
                authority.setString(2, created.name);
                authority.setString(3, REGION);
                if (authority.executeUpdate() == 1) {
                    neighbours.setString(1, created.neighbours());
                    neighbours.setString(2, created.name + "'s statistical neighbours");
                    neighbours.setString(3, created.code);
                    neighbours.executeUpdate();
                    return created;
                }
            }
            throw new IllegalStateException("No free scratch authority code left");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create an authority for " + owner.getName(), e);
        }
    }

    /**
     * A new regional adoption agency of one test class's own, hosted by its first member and serving them all; its
     * code is taken from the same free range as the authorities'.
     */
    public static ScratchAuthority agency(Class<?> owner, ScratchAuthority... members) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement agency = connection.prepareStatement("""
                        insert into area (code, name, kind, parent_code, note)
                        values (?, ?, 'regional-adoption-agency', ?, 'Scratch data of one test class')
                        on conflict (code) do nothing""");
                PreparedStatement member = connection.prepareStatement(
                        "insert into agency_member (agency_code, member_code) values (?, ?)")) {
            for (int number = 1; number < MAX_CODES; number++) {
                String code = CODE_FORMAT.formatted(number);
                agency.setString(1, code);
                agency.setString(2, owner.getSimpleName() + " adoption agency " + code);
                agency.setString(3, members[0].code);
                if (agency.executeUpdate() == 1) {
                    for (ScratchAuthority authority : members) {
                        member.setString(1, code);
                        member.setString(2, authority.code);
                        member.executeUpdate();
                    }
                    return new ScratchAuthority(code, owner.getSimpleName() + " adoption agency " + code);
                }
            }
            throw new IllegalStateException("No free scratch code left");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create an adoption agency for " + owner.getName(), e);
        }
    }

    /** Whether the code is a scratch authority's or its neighbour group's, made by some test class. */
    public static boolean isScratch(String code) {
        return SCRATCH_CODE.matcher(code).matches();
    }

    /** Makes the authority publish its scorecard to the public, as Walsall and Dudley do; returns it. */
    public ScratchAuthority publishingItsScorecard() {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update area set publishes_scorecard = true where code = ?")) {
            update.setString(1, code);
            update.executeUpdate();
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot publish the scorecard of " + code, e);
        }
    }

    /**
     * A board of the authority's, as the demo data would hold it (boards have no operation that makes them): quorum
     * 3, a chair and a member with a vote and a co-opted young person without; its id.
     */
    public long board() {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement board = connection.prepareStatement(
                        "insert into board (authority_code, name, quorum) values (?, ?, 3) returning id");
                PreparedStatement member = connection.prepareStatement("""
                        insert into board_member (board_id, name, role, voting, position)
                        values (?, 'Councillor Chair', 'chair', true, 0), (?, 'Councillor Member', 'member', true, 1),
                               (?, 'Young person', 'co-opted', false, 2)""")) {
            board.setString(1, code);
            board.setString(2, name + "'s Corporate Parenting Board");
            long id;
            try (ResultSet created = board.executeQuery()) {
                created.next();
                id = created.getLong(1);
            }
            for (int i = 1; i <= 3; i++) {
                member.setLong(i, id);
            }
            member.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a board for " + code, e);
        }
    }

    /** The authority's statistical-neighbour group, a comparator only administrators may give figures to. */
    public String neighbours() {
        return "SN-" + code;
    }
}
