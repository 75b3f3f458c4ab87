package org.promise.common.concurrency;

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
     * A resource that does not exist yet is created without If-Match; a tag for it can only be stale (412), since
     * whatever version the client saw has gone.
     */
    public static void requireNoneForNew(String ifMatch, String what) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw ApiException.of(ApiException.Kind.PRECONDITION_FAILED,
                    "There is no " + what + " to match; leave out If-Match to add one");
        }
    }

    /** 428 without If-Match; 412 unless one of its tags (or "*") is the current version. */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.of(ApiException.Kind.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that you do not overwrite somebody else's change");
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw ApiException.of(ApiException.Kind.PRECONDITION_FAILED,
                "This has changed since you read it (it is now version " + current
                        + "); read it again and reapply your change");
    }
}
