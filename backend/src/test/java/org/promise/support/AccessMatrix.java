package org.promise.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * contract/access-matrix.csv: for every operation of the contract (and, where it names one, the kind of item it
 * reads), what each kind of caller gets of one authority's data. The file's comments say what a cell means.
 */
public final class AccessMatrix {

    public static final Path FILE = Contract.FILE.resolveSibling("contract").resolve("access-matrix.csv");

    /** The kinds of item a row may name; "-" for none. */
    public static final List<String> DATA = List.of("-", "exempt", "public", "internal", "provisional", "small",
            "published", "agency", "draft", "frozen");

    /** The callers, in the file's column order, each with the caller who sees the other authority alike. */
    public enum Caller {
        ANONYMOUS("anonymous"), OFFICER("officer"), BOARD_MEMBER("board-member"), ANALYST("analyst"),
        OTHER_OFFICER("other-officer"), OTHER_BOARD_MEMBER("other-board-member"), ADMIN("admin"),
        PARTNER("partner"), OTHER_PARTNER("other-partner");

        private static final Map<Caller, Caller> MIRROR = Map.of(OFFICER, OTHER_OFFICER, OTHER_OFFICER, OFFICER,
                BOARD_MEMBER, OTHER_BOARD_MEMBER, OTHER_BOARD_MEMBER, BOARD_MEMBER, PARTNER, OTHER_PARTNER,
                OTHER_PARTNER, PARTNER);

        public final String column;

        Caller(String column) {
            this.column = column;
        }

        /** The caller who stands to the other authority as this one stands to the authority. */
        public Caller mirror() {
            return MIRROR.getOrDefault(this, this);
        }

        /** A real signed token for this caller, of {@code authority} (or, for the "other" ones, of {@code other}). */
        public String token(String authority, String other) {
            return switch (this) {
                case ANONYMOUS -> null;
                case OFFICER -> Tokens.officer(authority);
                case BOARD_MEMBER -> Tokens.boardMember(authority);
                case ANALYST -> Tokens.analyst(authority);
                case OTHER_OFFICER -> Tokens.officer(other);
                case OTHER_BOARD_MEMBER -> Tokens.boardMember(other);
                case ADMIN -> Tokens.admin();
                case PARTNER -> Tokens.partner("partner-" + authority, authority);
                case OTHER_PARTNER -> Tokens.partner("partner-" + other, other);
            };
        }
    }

    /**
     * What one cell allows: a view of the data (answered 200), a write, or a refusal with its status. The file's own
     * words, read on their own terms: the test must not borrow the rule it checks from the code it checks.
     */
    public enum View {
        INSIDER, EXPORT, PARTNER, PUBLIC, ALLOW, REFUSED,
        /**
         * Let through to Keycloak's Admin API: the suites run without Keycloak, so the answer is its 503 problem
         * (keycloak-unavailable), which only a caller who passed every check of the service gets.
         */
        KEYCLOAK;

        /** Answered with a problem document, asked for once as JSON. */
        public boolean isProblem() {
            return this == REFUSED || this == KEYCLOAK;
        }

        public boolean seesExempt() {
            return this == INSIDER;
        }

        public boolean seesProvisional() {
            return this == INSIDER || this == EXPORT;
        }

        public boolean seesInternal() {
            return this == INSIDER || this == EXPORT || this == PARTNER;
        }

        public boolean seesSmallNumbers() {
            return this == INSIDER;
        }
    }

    public record Cell(View view, int status) {

        static Cell parse(String text) {
            return switch (text) {
                case "insider" -> new Cell(View.INSIDER, 200);
                case "export" -> new Cell(View.EXPORT, 200);
                case "partner" -> new Cell(View.PARTNER, 200);
                case "public" -> new Cell(View.PUBLIC, 200);
                case "allow" -> new Cell(View.ALLOW, 0);
                case "keycloak" -> new Cell(View.KEYCLOAK, 503);
                case "400", "401", "403", "404" -> new Cell(View.REFUSED, Integer.parseInt(text));
                default -> throw new IllegalArgumentException("Not a cell of the access matrix: " + text);
            };
        }
    }

    /** One row: an operation, the kind of item it names ("-" for none), and a cell per caller. */
    public record Row(String operation, String data, Map<Caller, Cell> cells) {

        @Override
        public String toString() {
            return data.equals("-") ? operation : operation + " (" + data + ")";
        }
    }

    private AccessMatrix() {
    }

    /** The matrix as the Markdown table that docs/access-matrix.md shows. */
    public static String markdown() {
        List<String> lines = lines();
        List<String> table = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            table.add("| " + String.join(" | ", fields) + " |");
            if (i == 0) {
                table.add("|" + "---|".repeat(fields.length));
            }
        }
        return String.join("\n", table);
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> rows() {
        List<String> lines = lines();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<String> expected = new ArrayList<>(List.of("operation", "data"));
        Arrays.stream(Caller.values()).forEach(caller -> expected.add(caller.column));
        if (!header.equals(expected)) {
            throw new IllegalStateException(FILE + " must have the columns " + expected + ", not " + header);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length != expected.size()) {
                throw new IllegalStateException(FILE + ": a cell for every caller, in: " + line);
            }
            Map<Caller, Cell> cells = new java.util.EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                cells.put(caller, Cell.parse(fields[2 + caller.ordinal()]));
            }
            if (!DATA.contains(fields[1])) {
                throw new IllegalStateException(FILE + ": data is one of " + DATA + ", in: " + line);
            }
            rows.add(new Row(fields[0], fields[1], cells));
        }
        return rows;
    }
}
