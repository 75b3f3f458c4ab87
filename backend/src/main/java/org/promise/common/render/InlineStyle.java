package org.promise.common.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A standalone page's own stylesheet, written inline, and the Content-Security-Policy that lets the page apply it (by
 * its hash) and load nothing else: no script, image, font or frame.
 */
public record InlineStyle(String css, String contentSecurityPolicy) {

    /** The stylesheet of this classpath resource; a missing one fails at start-up, not on the first request. */
    public static InlineStyle of(String resource) {
        String css = read(resource);
        return new InlineStyle(css, "default-src 'none'; style-src 'sha256-" + sha256(css)
                + "'; frame-ancestors 'none'");
    }

    static String read(String resource) {
        try (InputStream in = InlineStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
