package org.saferboard.infrastructure.security;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.saferboard.api.people.ActingUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The system's own work (loading the demo board, creating the first administrator), run as a named user so
 * that the history says what did it. It holds no role: it cannot sign in or call the API.
 */
public final class SystemUser {

    public static final String USERNAME = "system";
    private static final ThreadLocal<String> WORK_ID = new ThreadLocal<>();

    private SystemUser() {
    }

    /** Runs the work as the system user called {@code displayName} (for example "Demo board loader"). */
    public static <T> T runAs(String displayName, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(USERNAME, displayName, "", Set.of()), null, Set.of()));
        SecurityContextHolder.setContext(context);
        WORK_ID.set(UUID.randomUUID().toString());
        try {
            return work.get();
        } finally {
            WORK_ID.remove();
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(String displayName, Runnable work) {
        runAs(displayName, () -> {
            work.run();
            return null;
        });
    }

    static String roleOf(SignedInUser user) {
        if (!USERNAME.equals(user.username())) {
            throw new IllegalStateException("A command was sent outside a request by a user who is not the system user");
        }
        return ActingUser.SYSTEM_ROLE;
    }

    static String workId() {
        String id = WORK_ID.get();
        return id != null ? id : UUID.randomUUID().toString();
    }
}
