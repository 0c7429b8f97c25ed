package org.saferboard.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in a local user by username and password (HTTP Basic), throttled per account and per address.
 * Every failure answers the same, whether the username exists, the password is wrong, the account is
 * disabled or locked, or the address is held back, so an answer never tells which usernames exist; an
 * unknown username still costs a password check, so the time taken does not tell either.
 */
public class LocalSignIn implements AuthenticationProvider {

    /** The one message of every failed sign-in. */
    public static final String FAILED = "Sign-in failed: the username or password is wrong, or the account cannot sign in now. "
            + "After repeated failures an account is locked for a while; an administrator can reset its password.";
    private static final Logger LOG = LoggerFactory.getLogger(LocalSignIn.class);

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final String hashOfNoAccount;
    private final Cache<String, AtomicInteger> failuresByAddress;

    /** How many failures lock an account or hold back an address, and for how long. */
    public record SignInThrottle(int accountFailures, int addressFailures, Duration lockFor) {
    }

    public LocalSignIn(UserDirectory directory, PasswordEncoder passwords, Clock clock, SignInThrottle throttle) {
        this.directory = directory;
        this.passwords = passwords;
        this.clock = clock;
        this.throttle = throttle;
        this.hashOfNoAccount = passwords.encode(UUID.randomUUID().toString());
        // per address in this process's memory: addresses have no account to record them on, and a hold that
        // ends with a restart still slows guessing from one address by orders of magnitude
        this.failuresByAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(throttle.lockFor())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = UserDirectory.normalisedUsername(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        AtomicInteger addressFailures = failuresByAddress.getIfPresent(address);
        if (addressFailures != null && addressFailures.get() >= throttle.addressFailures()) {
            throw new BadCredentialsException(FAILED);
        }
        Optional<UserDirectory.SignInRecord> signIn = directory.signInRecord(username);
        boolean passwordMatches = passwords.matches(password, signIn.map(UserDirectory.SignInRecord::passwordHash).orElse(hashOfNoAccount));
        if (signIn.isEmpty() || !passwordMatches) {
            countFailure(address, signIn.map(record -> record.account().username()));
            throw new BadCredentialsException(FAILED);
        }
        UserAccount account = signIn.get().account();
        if (!account.enabled() || account.lockedAt(clock.instant())) {
            throw new BadCredentialsException(FAILED);
        }
        directory.recordSuccessfulSignIn(signIn.get());
        SignedInUser user = new SignedInUser(account.username(), account.displayName(), account.agency(), account.roles());
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    private void countFailure(String address, Optional<String> account) {
        int fromAddress = failuresByAddress.get(address, ignored -> new AtomicInteger()).incrementAndGet();
        if (fromAddress == throttle.addressFailures()) {
            LOG.warn("Sign-ins from one address are held back for {} after {} failures", throttle.lockFor(), fromAddress);
        }
        account.ifPresent(username -> {
            if (directory.recordFailedSignIn(username, throttle.accountFailures(), throttle.lockFor())) {
                LOG.warn("An account was locked for {} after {} failed sign-ins; its history records which", throttle.lockFor(),
                        throttle.accountFailures());
            }
        });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
