package org.saferboard.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.saferboard.infrastructure.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Sign-in and permission failures as problem+json, like every other error of the API. */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SignedInUsers signedInUsers;

    SecurityProblems(SignedInUsers signedInUsers) {
        this.signedInUsers = signedInUsers;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"SaferBoard\", charset=\"UTF-8\"");
        if (failure instanceof OAuth2AuthenticationException) {
            Problems.write(response, Problems.problem(HttpStatus.UNAUTHORIZED, "token-refused", "Token refused",
                    "The bearer token was not accepted: it has expired, or was not issued and signed by the sign-in service "
                            + "SaferBoard trusts. Get a new token and try again."));
        } else if (failure instanceof BadCredentialsException) {
            Problems.write(response, Problems.problem(HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed", LocalSignIn.FAILED));
        } else {
            Problems.write(response, Problems.problem(HttpStatus.UNAUTHORIZED, "sign-in-required", "Sign-in required",
                    "Sign in to use SaferBoard's API: HTTP Basic with a SaferBoard username and password, or a bearer token "
                            + "from your organisation's sign-in service."));
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        Object rule = request.getAttribute(AccessRulesAuthorization.RULE);
        String yourRoles = signedInUsers.current().filter(user -> !user.roles().isEmpty())
                .map(user -> user.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")))
                .orElse("no role");
        String detail = rule instanceof AccessRules.Rule decidingRule
                ? "Your roles (" + yourRoles + ") do not allow this: to " + decidingRule.what() + " needs one of "
                        + decidingRule.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
                        + ". Ask an administrator if your work needs it."
                : "SaferBoard's API has no " + request.getMethod() + " " + request.getRequestURI() + " open to anyone.";
        Problems.write(response, Problems.problem(HttpStatus.FORBIDDEN, "not-permitted", "Not permitted", detail));
    }
}
