package org.saferboard.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.saferboard.api.people.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides each API request by {@link AccessRules}: a signed-in user holding a role the request's rule admits
 * is let through, and the role they act under is kept with the request for the history; anyone else is
 * refused (401 without credentials, 403 with). A request no rule covers is refused, so an endpoint added
 * without a rule is closed, not open.
 */
public final class AccessRulesAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    static final String ROLE_USED = AccessRulesAuthorization.class.getName() + ".roleUsed";
    static final String RULE = AccessRulesAuthorization.class.getName() + ".rule";

    private final SignedInUsers signedInUsers;

    AccessRulesAuthorization(SignedInUsers signedInUsers) {
        this.signedInUsers = signedInUsers;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Optional<SignedInUser> signedIn = signedInUsers.of(authentication.get());
        if (signedIn.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new AuthorizationDecision(roleUsed(request, signedIn.get(), request.getMethod(), path).isPresent());
    }

    /**
     * The role under which the user may make the API request {@code method path}, if any, kept with the current
     * request for the history: a page that reads or changes what an API endpoint does asks with that endpoint.
     */
    public static Optional<Role> roleUsed(HttpServletRequest request, SignedInUser user, String method, String path) {
        Optional<AccessRules.Rule> rule = AccessRules.ruleFor(method, path);
        rule.ifPresent(decidingRule -> request.setAttribute(RULE, decidingRule));
        Optional<Role> roleUsed = rule.flatMap(decidingRule -> decidingRule.roleUsed(user.roles()));
        roleUsed.ifPresent(role -> request.setAttribute(ROLE_USED, role.name()));
        return roleUsed;
    }
}
