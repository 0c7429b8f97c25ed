package org.saferboard.infrastructure.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The person behind an authentication, whichever way they signed in: a local user (HTTP Basic), a bearer
 * JWT or an OpenID Connect sign-in. Every decision on access and every record of who did something goes
 * through here, so all three are treated the same.
 */
public final class SignedInUsers {

    private final IdentityClaims claims;

    public SignedInUsers(IdentityClaims claims) {
        this.claims = claims;
    }

    /** The person behind the request or work this thread is doing. */
    public Optional<SignedInUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public Optional<SignedInUser> of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(claims.userOf(token.getToken().getClaims()));
        }
        if (authentication.getPrincipal() instanceof OidcUser oidcUser) {
            return Optional.of(claims.userOf(oidcUser.getClaims()));
        }
        return Optional.empty();
    }
}
