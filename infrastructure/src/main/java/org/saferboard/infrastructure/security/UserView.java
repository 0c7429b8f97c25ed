package org.saferboard.infrastructure.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.saferboard.api.people.Role;

/** A user as the API shows it: never the password or its hash. */
public record UserView(String username, String displayName, String agency, Set<Role> roles, boolean enabled,
                       Instant lockedUntil, long version, List<UserAccount.Change> changes) {

    public static UserView of(UserAccount account, Clock clock) {
        return new UserView(account.username(), account.displayName(), account.agency(), account.roles(), account.enabled(),
                account.lockedAt(clock.instant()) ? account.lockedUntil() : null, account.version(), account.changes());
    }
}
