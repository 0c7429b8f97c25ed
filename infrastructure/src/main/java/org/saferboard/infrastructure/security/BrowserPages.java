package org.saferboard.infrastructure.security;

import java.util.List;

/**
 * Present in a process that serves pages to browsers (the web module): where people sign in and out, and which
 * paths anyone may fetch without signing in (the styles and scripts). With it, a request outside the API that
 * is not signed in is sent to the sign-in page instead of getting a 401, every form a page sends must carry a
 * CSRF token, and people sign in with a form into a session.
 *
 * @param signIn      the sign-in page, which also takes the form's POST
 * @param signOut     where the sign-out button POSTs
 * @param publicPaths path patterns served to anyone (styles, scripts, the sign-in page's own needs)
 */
public record BrowserPages(String signIn, String signOut, List<String> publicPaths) {

    /** Path patterns that are not pages: the API, the health probes, the API's description and the boards' calendar feeds. */
    static final List<String> NOT_PAGES = List.of("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/error", "/calendar-feeds/**");
}
