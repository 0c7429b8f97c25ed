package org.saferboard.infrastructure.security;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.eventstore.MongoDuplicateKeys;

/**
 * The local users, one MongoDB document each, shared by every SaferBoard process on the database. Each
 * change is one single-document update guarded by the account's version (optimistic concurrency) that
 * also appends the change, with who made it, to the account's own history: the change and its record
 * are stored together or not at all, with or without transactions.
 */
public class UserDirectory {

    public static final String COLLECTION = "users";
    /** Who the throttle's locks are recorded as having been made by. */
    public static final String THROTTLE = "sign-in throttle";
    private static final FindOneAndUpdateOptions AFTER_CHANGE = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    /** The form of a username: 2 to 64 lower-case letters, digits, dots, underscores, hyphens or @, starting with a letter or digit. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{1,63}";

    private final MongoCollection<Document> users;
    private final Clock clock;
    private final Durability durability;

    /** @param durability waited on after each change an administrator is answered for, so that a 2xx survives a crash */
    public UserDirectory(MongoDatabase database, Clock clock, Durability durability) {
        this.users = database.getCollection(COLLECTION);
        this.clock = clock;
        this.durability = durability;
    }

    /** Who makes a change: the signed-in user's username and name. */
    public record Actor(String username, String displayName) {
    }

    /** A change refused because the account is at another version than the one the request read. */
    public static final class StaleAccount extends RuntimeException {
        private final long currentVersion;

        StaleAccount(String username, long currentVersion) {
            super("User " + username + " is at version " + currentVersion + "; read it again and repeat the change with If-Match: \""
                    + currentVersion + "\".");
            this.currentVersion = currentVersion;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }

    public static final class NoSuchUser extends RuntimeException {
        public NoSuchUser(String username) {
            super("There is no user " + username + ".");
        }
    }

    /** A change that would leave no enabled administrator, and so no one to manage the users. */
    public static final class LastAdministrator extends RuntimeException {
        LastAdministrator(String username) {
            super(username + " is the only enabled administrator; give another user the ADMIN role first.");
        }
    }

    public static final class UsernameTaken extends RuntimeException {
        UsernameTaken(String username) {
            super("The username " + username + " is taken; users are never deleted, so choose another.");
        }
    }

    public boolean isEmpty() {
        return users.countDocuments() == 0;
    }

    /** Creates a user; false when the username is taken (the first administrator uses this at every start). */
    public boolean createIfAbsent(String username, String displayName, String agency, Set<Role> roles, String passwordHash, Actor actor) {
        Instant now = clock.instant();
        Document account = new Document("_id", username)
                .append("displayName", displayName)
                .append("agency", agency)
                .append("roles", names(roles))
                .append("enabled", true)
                .append("passwordHash", passwordHash)
                .append("version", 1L)
                .append("failedSignIns", 0)
                .append("changes", List.of(change(now, actor, "created with roles " + describe(roles)
                        + (agency.isBlank() ? "" : ", agency " + agency))));
        try {
            users.insertOne(account);
            durability.awaitDurable();
            return true;
        } catch (MongoWriteException e) {
            if (MongoDuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    public UserAccount create(String username, String displayName, String agency, Set<Role> roles, String passwordHash, Actor actor) {
        if (!createIfAbsent(username, displayName, agency, roles, passwordHash, actor)) {
            throw new UsernameTaken(username);
        }
        return find(username).orElseThrow();
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.find(Filters.eq("_id", username)).first()).map(UserDirectory::account);
    }

    /** The account without its history of changes, which sign-in (on every request) never reads. */
    private Optional<Document> withoutChanges(String username) {
        return Optional.ofNullable(users.find(Filters.eq("_id", username)).projection(Projections.exclude("changes")).first());
    }

    /**
     * What sign-in needs to know of an account: the account (without its history of changes), its stored password
     * hash and its count of failed sign-ins.
     */
    record SignInRecord(UserAccount account, String passwordHash, int failedSignIns) {
    }

    Optional<SignInRecord> signInRecord(String username) {
        return withoutChanges(username)
                .map(document -> new SignInRecord(account(document), document.getString("passwordHash"),
                        document.getInteger("failedSignIns", 0)));
    }

    public List<UserAccount> all() {
        List<UserAccount> accounts = new ArrayList<>();
        users.find().sort(Sorts.ascending("_id")).forEach(document -> accounts.add(account(document)));
        return accounts;
    }

    public UserAccount changeRoles(String username, long expectedVersion, Set<Role> roles, Actor actor) {
        UserAccount before = require(username);
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(before);
        }
        return change(username, expectedVersion, actor, "roles " + describe(before.roles()) + " -> " + describe(roles),
                Updates.set("roles", names(roles)));
    }

    public UserAccount changeAgency(String username, long expectedVersion, String agency, Actor actor) {
        UserAccount before = require(username);
        return change(username, expectedVersion, actor, "agency " + orNone(before.agency()) + " -> " + orNone(agency),
                Updates.set("agency", agency));
    }

    public UserAccount disable(String username, long expectedVersion, String reason, Actor actor) {
        requireAnotherAdministrator(require(username));
        return change(username, expectedVersion, actor, "disabled, can no longer sign in: " + reason, Updates.set("enabled", false));
    }

    public UserAccount enable(String username, long expectedVersion, String reason, Actor actor) {
        return change(username, expectedVersion, actor, "enabled, can sign in again: " + reason, Updates.set("enabled", true));
    }

    /** A new password, which also lifts any lock from failed sign-ins. */
    public UserAccount resetPassword(String username, long expectedVersion, String passwordHash, Actor actor) {
        return change(username, expectedVersion, actor, "password reset", Updates.combine(
                Updates.set("passwordHash", passwordHash), Updates.set("failedSignIns", 0), Updates.unset("lockedUntil")));
    }

    /**
     * Counts a failed sign-in for an existing account; the one that reaches {@code lockAfter} locks it for
     * {@code lockFor}, recorded in the account's history. Answers whether this failure locked the account.
     */
    boolean recordFailedSignIn(String username, int lockAfter, Duration lockFor) {
        Document counted = users.findOneAndUpdate(Filters.eq("_id", username), Updates.inc("failedSignIns", 1),
                AFTER_CHANGE);
        if (counted == null || counted.getInteger("failedSignIns", 0) < lockAfter) {
            return false;
        }
        Instant now = clock.instant();
        Instant until = now.plus(lockFor);
        // only the failure that finds the count at or over the limit and no current lock records the lock
        long locked = users.updateOne(Filters.and(Filters.eq("_id", username), Filters.gte("failedSignIns", lockAfter),
                        Filters.or(Filters.exists("lockedUntil", false), Filters.lte("lockedUntil", Date.from(now)))),
                Updates.combine(Updates.set("lockedUntil", Date.from(until)), Updates.set("failedSignIns", 0),
                        Updates.push("changes", change(now, new Actor(THROTTLE, THROTTLE),
                                "locked until " + until + " after " + lockAfter + " failed sign-ins")))).getModifiedCount();
        return locked > 0;
    }

    /** After a successful sign-in: clears the failure count, and records the end of a lock that has run out. */
    void recordSuccessfulSignIn(SignInRecord signIn) {
        UserAccount account = signIn.account();
        Instant now = clock.instant();
        if (account.lockedUntil() != null && !account.lockedAt(now)) {
            users.updateOne(Filters.and(Filters.eq("_id", account.username()), Filters.eq("lockedUntil", Date.from(account.lockedUntil()))),
                    Updates.combine(Updates.unset("lockedUntil"), Updates.set("failedSignIns", 0),
                            Updates.push("changes", change(now, new Actor(THROTTLE, THROTTLE),
                                    "unlocked: the lock until " + account.lockedUntil() + " ran out"))));
        } else if (signIn.failedSignIns() > 0) {
            users.updateOne(Filters.eq("_id", account.username()), Updates.set("failedSignIns", 0));
        }
    }

    private UserAccount change(String username, long expectedVersion, Actor actor, String what, Bson update) {
        Document changed = users.findOneAndUpdate(Filters.and(Filters.eq("_id", username), Filters.eq("version", expectedVersion)),
                Updates.combine(update, Updates.inc("version", 1L), Updates.push("changes", change(clock.instant(), actor, what))),
                AFTER_CHANGE);
        if (changed == null) {
            throw new StaleAccount(username, require(username).version());
        }
        durability.awaitDurable();
        return account(changed);
    }

    private void requireAnotherAdministrator(UserAccount losing) {
        if (losing.enabled() && losing.roles().contains(Role.ADMIN)
                && users.countDocuments(Filters.and(Filters.eq("roles", Role.ADMIN.name()), Filters.eq("enabled", true),
                        Filters.ne("_id", losing.username()))) == 0) {
            throw new LastAdministrator(losing.username());
        }
    }

    private UserAccount require(String username) {
        return find(username).orElseThrow(() -> new NoSuchUser(username));
    }

    private static Document change(Instant at, Actor actor, String what) {
        return new Document("at", Date.from(at)).append("by", actor.username()).append("byName", actor.displayName()).append("what", what);
    }

    private static List<String> names(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static String describe(Collection<Role> roles) {
        return roles.isEmpty() ? "(none)" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private static String orNone(String agency) {
        return agency == null || agency.isBlank() ? "(none)" : agency;
    }

    private static UserAccount account(Document document) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        document.getList("roles", String.class, List.of()).forEach(role -> roles.add(Role.valueOf(role)));
        List<UserAccount.Change> changes = document.getList("changes", Document.class, List.of()).stream()
                .map(change -> new UserAccount.Change(change.getDate("at").toInstant(), change.getString("by"),
                        change.getString("byName"), change.getString("what")))
                .toList();
        Date lockedUntil = document.getDate("lockedUntil");
        return new UserAccount(document.getString("_id"), document.getString("displayName"), document.getString("agency"),
                Set.copyOf(roles), document.getBoolean("enabled", false), document.getLong("version"),
                lockedUntil == null ? null : lockedUntil.toInstant(), changes);
    }

    static String normalisedUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
