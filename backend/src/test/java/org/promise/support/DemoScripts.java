package org.promise.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo data scripts (db/demo) as Flyway runs them with demo data on, for tests that run one again. */
public final class DemoScripts {

    private DemoScripts() {
    }

    /** The script's text with its {@code ${demo}} placeholder set to true. */
    public static String withDemoOn(String name) {
        try (InputStream in = DemoScripts.class.getResourceAsStream("/db/demo/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no demo script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${demo}", "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
