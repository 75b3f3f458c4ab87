package org.promise.docs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Content-Security-Policy source that allows a page's one inline script and nothing else (CSP level 2 hashes). */
final class InlineScripts {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private InlineScripts() {
    }

    /** The {@code 'sha256-...'} source of the page's only inline script; a page with none or several is refused. */
    static String hashOfTheOnly(String page) {
        Matcher script = INLINE_SCRIPT.matcher(page);
        if (!script.find()) {
            throw new IllegalArgumentException("The page has no inline script");
        }
        String text = script.group(1);
        if (script.find()) {
            throw new IllegalArgumentException("The page has more than one inline script");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
