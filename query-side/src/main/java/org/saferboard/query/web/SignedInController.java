package org.saferboard.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.infrastructure.security.SignedInUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is signed in as, whichever way they signed in; a browser session also gets the CSRF token its writes must carry. */
@RestController
@Tag(name = "Sign-in")
class SignedInController {

    private final SignedInUsers signedInUsers;

    SignedInController(SignedInUsers signedInUsers) {
        this.signedInUsers = signedInUsers;
    }

    /**
     * @param csrfHeader the header a write made with this browser session must carry, with {@code csrfToken};
     *                   null for a caller signed in with each request's own credentials
     */
    record SignedIn(String username, String displayName, String agency, Set<Role> roles, String csrfHeader, String csrfToken) {
    }

    @GetMapping(path = "/api/signed-in", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who you are signed in as, with your agency and roles")
    SignedIn signedIn(HttpServletRequest request) {
        SignedInUser user = signedInUsers.current().orElseThrow();
        // a request with its own credentials needs no CSRF token: only a browser session is given one
        CsrfToken csrf = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
        return new SignedIn(user.username(), user.displayName(), user.agency(), user.roles(),
                csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken());
    }
}
