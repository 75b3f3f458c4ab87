package org.promise.common.security;

import java.util.Set;

/**
 * Areas whose figures several authorities share: a regional adoption agency reports for all its member authorities
 * together, and their officers and board members read its figures as their own. A token names authorities only, so
 * {@link Caller} asks which shared areas they belong to; the area feature knows.
 */
@FunctionalInterface
public interface SharedAreas {

    /** The shared areas (regional adoption agencies) that any of these authorities is a member of. */
    Set<String> sharedBy(Set<String> authorities);
}
