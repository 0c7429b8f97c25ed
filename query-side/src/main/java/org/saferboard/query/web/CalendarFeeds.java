package org.saferboard.query.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The addresses of the boards' calendar feeds that calendar programs subscribe to without signing in
 * (most cannot send credentials): each holds a token, an HMAC-SHA-256 of the board's id under
 * {@code SAFERBOARD_CALENDAR_FEED_KEY}, which is read from the environment only and never stored. Without
 * the key there are no such feeds. A feed shows what a board publishes anyway (its meetings' dates, venues
 * and agendas); changing the key withdraws every address given out.
 */
@Component
public class CalendarFeeds {

    static final String PATH = "/calendar-feeds/";
    private static final String HMAC = "HmacSHA256";
    private static final int SHORTEST_KEY = 32;

    private final SecretKeySpec key;

    CalendarFeeds(@Value("${saferboard.calendar.feed-key:}") String key) {
        if (!key.isEmpty() && key.length() < SHORTEST_KEY) {
            throw new IllegalStateException("SAFERBOARD_CALENDAR_FEED_KEY must be at least " + SHORTEST_KEY + " characters long (it has "
                    + key.length() + "): a short key lets anyone who guesses it open every board's feed");
        }
        this.key = key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** The board's feed address (a path on this server), when feeds are on. */
    public Optional<String> path(String boardId) {
        return key == null ? Optional.empty()
                : Optional.of(PATH + UriUtils.encodePathSegment(boardId, StandardCharsets.UTF_8) + "/" + token(boardId) + ".ics");
    }

    /** Whether the token opens the board's feed; compared in constant time. */
    boolean opens(String boardId, String token) {
        return key != null && token != null
                && MessageDigest.isEqual(token(boardId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(String boardId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal(("SaferBoard calendar feed\n" + boardId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
