package org.promise.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every query that tests membership of a parameter binds the collection as a list ({@link ListParameters}, or
 * {@code setParameterList} on a native query), never as one value: bound as one value, Hibernate builds and catches
 * an exception on every call. Read from the sources, because which value a query is handed shows only there.
 */
class CollectionBindingTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Panache's and JPA's positional parameters, which take a collection only as one value. */
    private static final Pattern POSITIONAL_MEMBERSHIP = Pattern.compile("\\bin \\(?\\?\\d");
    private static final Pattern NAMED_MEMBERSHIP = Pattern.compile("\\bin \\(?:\\w");

    @Test
    void noQueryBindsACollectionAsOneValue() throws IOException {
        List<String> offenders = javaSources().filter(CollectionBindingTest::bindsACollectionAsOneValue)
                .map(SOURCES::relativize).map(Path::toString).sorted().toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theRuleSeesBothFormsOfMembership() {
        assertTrue(POSITIONAL_MEMBERSHIP.matcher("list(\"code in ?1\", codes)").find());
        assertTrue(POSITIONAL_MEMBERSHIP.matcher("where v.areaCode in (?1)").find());
        assertTrue(NAMED_MEMBERSHIP.matcher("where e.youSaidId in :ids").find());
        assertTrue(NAMED_MEMBERSHIP.matcher("where item_id in (:items)").find());
    }

    private static boolean bindsACollectionAsOneValue(Path file) {
        String source = read(file);
        boolean bindsAsList = source.contains("ListParameters.list(") || source.contains(".setParameterList(");
        return POSITIONAL_MEMBERSHIP.matcher(source).find() || (NAMED_MEMBERSHIP.matcher(source).find() && !bindsAsList);
    }

    private static Stream<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // The helper's own documentation names the form it replaces.
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith("ListParameters.java")).toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
