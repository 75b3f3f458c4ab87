package org.promise.common.concurrency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.promise.common.error.ApiException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version, and a change must quote it in If-Match, so
 * that nobody overwrites a change they have not seen.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The tag of a representation that has no version: a hash of its bytes, so equal bytes give equal tags. Weak,
     * because the answer may be sent gzipped, and a strong tag would then name two different byte sequences.
     */
    public static String ofContent(byte[] representation) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(representation);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A resource that does not exist yet is created without If-Match; a tag for it can only be stale (412), since
     * whatever version the client saw has gone.
     */
    public static void requireNoneForNew(String ifMatch, String what) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw ApiException.of(ApiException.Kind.PRECONDITION_FAILED,
                    "There is no " + what + " to match; leave out If-Match to add one");
        }
    }

    /**
     * 428 without If-Match, or with "*", which names no version and so would let a change overwrite one its writer
     * never saw; 412 unless one of its tags is the current version, compared strongly as RFC 9110 (13.1.1) asks of
     * If-Match: a weak tag never matches.
     */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.of(ApiException.Kind.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that you do not overwrite somebody else's change");
        }
        if (ifMatch.strip().equals("*")) {
            throw ApiException.of(ApiException.Kind.PRECONDITION_REQUIRED, "If-Match: * names no version; send "
                    + "the ETag you read, so that you do not overwrite somebody else's change");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(current)) {
                return;
            }
        }
        throw ApiException.of(ApiException.Kind.PRECONDITION_FAILED,
                "This has changed since you read it, or the tag is not the one it was sent with (it is now version "
                        + current + "); read it again and reapply your change");
    }

    /** Whether an If-None-Match header names this tag, compared weakly as RFC 9110 asks of it: a tag, or "*". */
    public static boolean matches(String header, String tag) {
        if (header == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : header.split(",")) {
            String trimmed = opaque(candidate.trim());
            if (trimmed.equals("*") || trimmed.equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
