package org.saferboard.infrastructure.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saferboard.api.people.Role;

/**
 * Who a person signed in by the council's identity provider is, read from the claims of their token (a bearer
 * JWT, or the ID token of an OpenID Connect sign-in). Which claim holds what is configured: Microsoft Entra
 * ID puts app roles in {@code roles} and the sign-in name in {@code preferred_username}. A role value names a
 * SaferBoard role, ignoring case ({@code "Officer"}, {@code "DHR_COORDINATOR"}); other values are ignored.
 */
public record IdentityClaims(String usernameClaim, String nameClaim, String agencyClaim, String rolesClaim) {

    public SignedInUser userOf(Map<String, Object> claims) {
        String username = text(claims.get(usernameClaim));
        if (username.isBlank()) {
            username = text(claims.get("sub"));
        }
        String name = text(claims.get(nameClaim));
        return new SignedInUser(username.toLowerCase(Locale.ROOT), name.isBlank() ? username : name, text(claims.get(agencyClaim)),
                roles(claims.get(rolesClaim)));
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> addRole(roles, value));
        } else if (claim != null) {
            for (String value : claim.toString().split("[ ,]+")) {
                addRole(roles, value);
            }
        }
        return Set.copyOf(roles);
    }

    private static void addRole(Set<Role> roles, Object value) {
        String name = value == null ? "" : value.toString().trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                roles.add(role);
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
