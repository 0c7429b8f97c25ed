package org.saferboard.infrastructure.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.saferboard.api.people.Role;

/**
 * A local user as the directory holds it. Never deleted: the history names them.
 *
 * @param version counts the changes to the account (1 when created); the API's ETag
 * @param lockedUntil when failed sign-ins locked the account, until when; null when not locked
 * @param changes every change to the account, oldest first, with who made it
 */
public record UserAccount(String username, String displayName, String agency, Set<Role> roles, boolean enabled,
                          long version, Instant lockedUntil, List<Change> changes) {

    /** One change to an account: when, who made it (a username, or "sign-in throttle"), and what, in plain words. */
    public record Change(Instant at, String by, String byName, String what) {
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
