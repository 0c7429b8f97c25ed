package org.saferboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.security.AccessRules;
import org.saferboard.infrastructure.security.AccessRulesAuthorization;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.infrastructure.security.SignedInUsers;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may see and do on a page, decided by the API's own {@link AccessRules}: a page that
 * shows what {@code GET /api/actions} reads may be opened by whoever may make that request, and a form that
 * does what {@code POST /api/actions/{id}/progress} does is offered to whoever may make that one.
 */
@Component
public class PageAccess {

    private final SignedInUsers signedInUsers;

    PageAccess(SignedInUsers signedInUsers) {
        this.signedInUsers = signedInUsers;
    }

    public SignedInUser user() {
        return signedInUsers.current().orElseThrow(() -> new NotAllowed("Sign in to use SaferBoard."));
    }

    /** Whether the signed-in person may make this API request (to decide what a page offers). */
    public boolean may(String method, String apiPath) {
        return signedInUsers.current().filter(user -> may(user, method, apiPath)).isPresent();
    }

    public static boolean may(SignedInUser user, String method, String apiPath) {
        return roleUsed(user, method, apiPath).isPresent();
    }

    /** The role the person would act under for this API request (an officer is held to their own actions), if any. */
    public static Optional<Role> roleUsed(SignedInUser user, String method, String apiPath) {
        return AccessRules.ruleFor(method, apiPath).flatMap(rule -> rule.roleUsed(user.roles()));
    }

    /**
     * Refuses with {@link NotAllowed} unless the signed-in person may make this API request; when they may, the
     * role they act under is kept with the request for the history of the change it leads to.
     */
    public Role require(HttpServletRequest request, String method, String apiPath) {
        SignedInUser user = user();
        Optional<Role> roleUsed = AccessRulesAuthorization.roleUsed(request, user, method, apiPath);
        return roleUsed.orElseThrow(() -> new NotAllowed(AccessRules.ruleFor(method, apiPath)
                .map(rule -> "To " + rule.what() + " needs one of these roles: " + rule.roles().stream().sorted()
                        .map(PageAccess::roleInWords).collect(Collectors.joining(", ")) + ".")
                .orElse("Nobody may do this.")));
    }

    /** "DHR coordinator" for DHR_COORDINATOR. */
    public static String roleInWords(Role role) {
        String words = role.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.startsWith("dhr") ? "DHR" + words.substring(3) : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
