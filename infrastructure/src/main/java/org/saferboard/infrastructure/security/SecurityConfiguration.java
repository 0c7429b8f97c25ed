package org.saferboard.infrastructure.security;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.saferboard.api.people.ActingUser;
import org.saferboard.infrastructure.durability.Durability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may use SaferBoard and how every process checks it, the same on the command side, the query side and
 * the standalone app: local users in MongoDB signing in with HTTP Basic, the council's OpenID Connect
 * provider (bearer JWTs and browser sign-in) when configured, {@link AccessRules} for each endpoint, security headers on every response, and the signed-in user carried into every command's
 * metadata and from there into the events it records.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Where the app keeps the first passwords it makes (readable only by its owner): the data directory unless set. */
    public static final String SECRETS_DIRECTORY = "${saferboard.security.secrets-directory:${SAFERBOARD_DATA_DIR:./data}}";

    @Bean
    UserDirectory userDirectory(MongoDatabase database, Clock clock, Durability durability) {
        return new UserDirectory(database, clock, durability);
    }

    /** BCrypt for new hashes (Spring Security's delegating encoder, which also reads other algorithms' hashes). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(5));
    }

    @Bean
    LocalSignIn localSignIn(UserDirectory directory, PasswordEncoder passwords, Clock clock,
                            @Value("${saferboard.security.sign-in.account-failures:5}") int accountFailures,
                            @Value("${saferboard.security.sign-in.address-failures:50}") int addressFailures,
                            @Value("${saferboard.security.sign-in.lock-for:PT15M}") Duration lockFor) {
        return new LocalSignIn(directory, passwords, clock, new LocalSignIn.SignInThrottle(accountFailures, addressFailures, lockFor));
    }

    /** Which claims of a council's tokens say who someone is (see the README's single sign-on section). */
    @Bean
    SignedInUsers signedInUsers(@Value("${saferboard.security.claims.username:preferred_username}") String usernameClaim,
                                @Value("${saferboard.security.claims.name:name}") String nameClaim,
                                @Value("${saferboard.security.claims.agency:agency}") String agencyClaim,
                                @Value("${saferboard.security.claims.roles:roles}") String rolesClaim) {
        return new SignedInUsers(new IdentityClaims(usernameClaim, nameClaim, agencyClaim, rolesClaim));
    }

    @Bean
    ActingUserDispatchInterceptor actingUserDispatchInterceptor(SignedInUsers signedInUsers) {
        return new ActingUserDispatchInterceptor(signedInUsers);
    }

    /** Copies the acting user's keys from a command to its events and to the commands a case sends on. */
    @Bean
    CorrelationDataProvider actingUserCorrelation() {
        return new SimpleCorrelationDataProvider(ActingUser.METADATA_KEYS);
    }

    /** Axon's own provider of correlation and trace ids, which it adds only when no other provider is declared. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Off on the query side of a split deployment: users are created where they are changed, on the command side. */
    @Bean
    @ConditionalOnProperty(name = "saferboard.security.create-first-admin", havingValue = "true", matchIfMissing = true)
    FirstAdministrator firstAdministrator(UserDirectory directory, PasswordEncoder passwords,
                                          @Value("${saferboard.security.admin-password:${SAFERBOARD_ADMIN_PASSWORD:}}") String adminPassword,
                                          @Value(SECRETS_DIRECTORY) Path secrets) {
        return new FirstAdministrator(directory, passwords, adminPassword, secrets.resolve("first-admin-password.txt"));
    }

    /** The HTTP side of sign-in: absent from a process that serves no web requests (a test context without a server). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebSecurity {

        /**
         * One chain for everything: HTTP Basic (local users) and, when an issuer is configured, bearer JWTs for
         * API clients, neither of which makes a session; and, when a client registration is configured, sign-in
         * through the council's OpenID Connect provider, which keeps the person in a session whose writes must
         * carry a CSRF token. A request with an Authorization header never reads a session or needs a CSRF token.
         */
        @Bean
        SecurityFilterChain apiSecurity(HttpSecurity http, SignedInUsers signedInUsers,
                                        ObjectProvider<JwtDecoder> jwtDecoders,
                                        ObjectProvider<ClientRegistrationRepository> clientRegistrations,
                                        ObjectProvider<BrowserPages> browserPages,
                                        @Value("${saferboard.security.content-security-policy:default-src 'self'; img-src 'self' data:; "
                                                + "font-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'}")
                                        String contentSecurityPolicy) throws Exception {
            SecurityProblems problems = new SecurityProblems(signedInUsers);
            BrowserPages pages = browserPages.getIfAvailable();
            RequestMatcher pageRequests = pages == null ? request -> false : new NegatedRequestMatcher(
                    new OrRequestMatcher(BrowserPages.NOT_PAGES.stream().map(SecurityConfiguration::path).toList()));
            AuthenticationEntryPoint signInFirst = pages == null ? problems : pagesOrApi(pageRequests,
                    new LoginUrlAuthenticationEntryPoint(pages.signIn()), problems);
            // local sign-in (the localSignIn bean) is the global authentication manager's, consulted after the
            // providers the OAuth 2 configurers add here for tokens and OpenID Connect sign-in: each once
            http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> writeInASession(request)
                            || !SAFE_METHODS.contains(request.getMethod()) && pageRequests.matches(request)))
                    .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                    .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst).accessDeniedHandler(problems))
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                    .authorizeHttpRequests(requests -> {
                        requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                                .requestMatchers("/error").permitAll()
                                // a board's calendar feed: its address holds a token only the key's holder can make
                                .requestMatchers("/calendar-feeds/**").permitAll()
                                .requestMatchers("/api/**").access(new AccessRulesAuthorization(signedInUsers));
                        if (pages != null) {
                            // which page a role may open is decided by the page, from the rules of the API it reads
                            requests.requestMatchers(publicPages(pages)).permitAll().requestMatchers(pageRequests).authenticated();
                        }
                        requests.anyRequest().denyAll();
                    });
            if (pages != null) {
                http.formLogin(form -> form.loginPage(pages.signIn()).loginProcessingUrl(pages.signIn())
                                .defaultSuccessUrl("/", true).failureUrl(pages.signIn() + "?error"))
                        .logout(signOut -> signOut.logoutUrl(pages.signOut()).logoutSuccessUrl(pages.signIn() + "?signed-out"));
            }
            if (jwtDecoders.getIfAvailable() != null) {
                http.oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(problems).jwt(jwt -> { }));
            }
            if (clientRegistrations.getIfAvailable() != null) {
                http.oauth2Login(login -> login.defaultSuccessUrl(pages == null ? "/api/signed-in" : "/", true));
            }
            return http.build();
        }

        @Bean
        FilterRegistrationBean<RequestIds> requestIds() {
            FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher[] publicPages(BrowserPages pages) {
        return Stream.concat(pages.publicPaths().stream(), Stream.of(pages.signIn()))
                .map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
    }

    /** Pages send a person who is not signed in to the sign-in page; the API answers 401 problem+json. */
    private static AuthenticationEntryPoint pagesOrApi(RequestMatcher pageRequests, AuthenticationEntryPoint pageEntry,
                                                       AuthenticationEntryPoint apiEntry) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entries = new LinkedHashMap<>();
        entries.put(pageRequests, pageEntry);
        DelegatingAuthenticationEntryPoint delegating = new DelegatingAuthenticationEntryPoint(entries);
        delegating.setDefaultEntryPoint(apiEntry);
        return delegating;
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** A change (not GET, HEAD, OPTIONS or TRACE) made with a session cookie and no credentials of its own. */
    private static boolean writeInASession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }
}
