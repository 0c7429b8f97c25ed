package org.saferboard.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, which password matched which stored hash. HTTP
 * Basic sends the password with every request, and BCrypt is slow on purpose (tens of milliseconds); Spring
 * Security has no cache for it, so this one is written here. It holds only a keyed hash (HMAC with a key
 * made at start and never stored) of the password and the stored hash, so memory never holds a password;
 * a new stored hash (a reset) never matches an old entry.
 */
final class RememberedPasswords implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Cache<String, Boolean> matched;
    private final SecretKeySpec key;

    RememberedPasswords(PasswordEncoder encoder, Duration remembered) {
        this.encoder = encoder;
        this.matched = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(remembered).build();
        byte[] keyBytes = new byte[32];
        new SecureRandom().nextBytes(keyBytes);
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (matched.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
