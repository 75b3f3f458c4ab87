package org.promise.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
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
    private static final Pattern POSITIONAL_MEMBERSHIP = Pattern.compile("(?i)\\bin\\s*\\(?\\s*\\?\\d");
    private static final Pattern NAMED_MEMBERSHIP = Pattern.compile("(?i)\\bin\\s*\\(?\\s*:(\\w+)");

    @Test
    void noQueryBindsACollectionAsOneValue() throws IOException {
        List<String> offenders = javaSources().filter(CollectionBindingTest::bindsACollectionAsOneValue)
                .map(SOURCES::relativize).map(Path::toString).sorted().toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theRuleSeesEveryFormOfMembership() {
        assertTrue(bindsACollectionAsOneValue("list(\"code in ?1\", codes)"));
        assertTrue(bindsACollectionAsOneValue("where v.areaCode IN (?1)"));
        assertTrue(bindsACollectionAsOneValue("where e.youSaidId in :ids\", Long.class).setParameter(\"ids\", ids)"));
        assertTrue(bindsACollectionAsOneValue("where item_id in\n    ( :items)"));
        // One query of a file bound as a list does not excuse another that binds its collection as one value.
        assertTrue(bindsACollectionAsOneValue("ListParameters.list(s, X.class, \"from X where a in :items\", m); "
                + "s.createNativeQuery(\"select * from x where b in (:items)\").setParameter(\"items\", items)"));
        assertFalse(bindsACollectionAsOneValue("ListParameters.list(s, X.class, \"from X where a in :items\", m)"));
        assertFalse(bindsACollectionAsOneValue(
                "createNativeQuery(\"... where b in (:items)\").setParameterList(\"items\", it)"));
    }

    private static boolean bindsACollectionAsOneValue(Path file) {
        return bindsACollectionAsOneValue(read(file));
    }

    /**
     * A positional membership anywhere; a named one in a source that binds no list at all; or a named one whose
     * name the source also binds as one value ({@code setParameter("items", ...)}).
     */
    static boolean bindsACollectionAsOneValue(String source) {
        if (POSITIONAL_MEMBERSHIP.matcher(source).find()) {
            return true;
        }
        boolean bindsLists = source.contains("ListParameters.list(") || source.contains(".setParameterList(");
        Matcher named = NAMED_MEMBERSHIP.matcher(source);
        while (named.find()) {
            if (!bindsLists || source.contains(".setParameter(\"" + named.group(1) + "\"")) {
                return true;
            }
        }
        return false;
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
