package org.saferboard.infrastructure.security;

import java.security.Principal;
import java.util.Set;
import org.saferboard.api.people.Role;

/** The person behind a request, as every SaferBoard process sees them once signed in, whichever way they signed in. */
public record SignedInUser(String username, String displayName, String agency, Set<Role> roles) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
