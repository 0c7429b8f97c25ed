package org.saferboard.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in with a local user's password, and the throttle on failures. */
class LocalSignInTest {

    private static final String PASSWORD = "a long enough password";
    private static final UserDirectory.Actor ADMIN = new UserDirectory.Actor("admin", "Administrator");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final PasswordEncoder passwords = new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            Duration.ofMinutes(5));
    private UserDirectory directory;
    private LocalSignIn signIn;

    @BeforeEach
    void directory() {
        directory = new UserDirectory(TestMongo.newDatabase(), clock, Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE);
        signIn = new LocalSignIn(directory, passwords, clock, new LocalSignIn.SignInThrottle(5, 50, Duration.ofMinutes(15)));
        directory.create("anita", "Anita Chavda", "Leicestershire County Council", EnumSet.of(Role.OFFICER), passwords.encode(PASSWORD), ADMIN);
    }

    private Authentication signIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String failure(String username, String password) {
        try {
            signIn(username, password);
            return "signed in";
        } catch (BadCredentialsException failed) {
            return failed.getMessage();
        }
    }

    @Test
    void theRightPasswordSignsInAsThePersonWithTheirRolesAndAgency() {
        Authentication signedIn = signIn("Anita ", PASSWORD);

        assertThat(signedIn.getPrincipal()).isEqualTo(new SignedInUser("anita", "Anita Chavda", "Leicestershire County Council",
                EnumSet.of(Role.OFFICER)));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
        assertThat(signedIn.getCredentials()).isNull();
    }

    @Test
    void everyFailureAnswersAlikeSoNoAnswerTellsWhichUsernamesExist() {
        String wrongPassword = failure("anita", "not the password");
        String noSuchUser = failure("nobody", PASSWORD);
        directory.disable("anita", 1, "Left the council", ADMIN);
        String disabled = failure("anita", PASSWORD);

        assertThat(List.of(wrongPassword, noSuchUser, disabled)).containsOnly(LocalSignIn.FAILED);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesAndTheHistoryRecordsTheLockAndItsEnd() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(failure("anita", "guess " + attempt)).isEqualTo(LocalSignIn.FAILED);
        }
        assertThat(failure("anita", PASSWORD)).as("the right password while locked").isEqualTo(LocalSignIn.FAILED);
        assertThat(directory.find("anita").orElseThrow().lockedAt(clock.instant())).isTrue();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn("anita", PASSWORD).isAuthenticated()).isTrue();

        assertThat(directory.find("anita").orElseThrow().changes()).extracting(UserAccount.Change::by, UserAccount.Change::what)
                .containsExactly(
                        tuple("admin", "created with roles OFFICER, agency Leicestershire County Council"),
                        tuple(UserDirectory.THROTTLE, "locked until 2026-12-02T10:15:00Z after 5 failed sign-ins"),
                        tuple(UserDirectory.THROTTLE, "unlocked: the lock until 2026-12-02T10:15:00Z ran out"));
    }

    @Test
    void aSuccessfulSignInStartsTheCountOfFailuresAgain() {
        for (int attempt = 0; attempt < 4; attempt++) {
            failure("anita", "guess " + attempt);
        }
        signIn("anita", PASSWORD);
        for (int attempt = 0; attempt < 4; attempt++) {
            failure("anita", "guess " + attempt);
        }

        assertThat(signIn("anita", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aResetPasswordLiftsTheLockAndTheOldPasswordNoLongerSignsIn() {
        for (int attempt = 0; attempt < 5; attempt++) {
            failure("anita", "guess " + attempt);
        }
        directory.resetPassword("anita", 1, passwords.encode("a new long password"), ADMIN);

        assertThat(signIn("anita", "a new long password").isAuthenticated()).isTrue();
        assertThat(failure("anita", PASSWORD)).isEqualTo(LocalSignIn.FAILED);
    }

    @Test
    void manyFailuresFromOneAddressHoldItBackWhateverUsernamesItTries() {
        signIn = new LocalSignIn(directory, passwords, clock, new LocalSignIn.SignInThrottle(5, 8, Duration.ofMinutes(15)));
        for (int attempt = 0; attempt < 8; attempt++) {
            failure("someone-" + attempt, "guess");
        }

        assertThat(failure("anita", PASSWORD)).as("the right password from the held address").isEqualTo(LocalSignIn.FAILED);
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn("anita", PASSWORD).isAuthenticated()).as("once the hold has passed").isTrue();
    }

    @Test
    void theOnlyEnabledAdministratorKeepsTheRoleUntilAnotherHasIt() {
        directory.create("root", "Administrator", "", EnumSet.of(Role.ADMIN), passwords.encode(PASSWORD), ADMIN);

        assertThatThrownBy(() -> directory.changeRoles("root", 1, EnumSet.of(Role.AUDITOR), ADMIN))
                .isInstanceOf(UserDirectory.LastAdministrator.class);
        assertThatThrownBy(() -> directory.disable("root", 1, "Leaving", ADMIN)).isInstanceOf(UserDirectory.LastAdministrator.class);
        directory.changeRoles("anita", 1, EnumSet.of(Role.OFFICER, Role.ADMIN), ADMIN);
        assertThat(directory.disable("root", 1, "Leaving", ADMIN).enabled()).isFalse();
    }

    @Test
    void aStaleVersionChangesNothing() {
        directory.changeAgency("anita", 1, "Rutland County Council", ADMIN);

        assertThatThrownBy(() -> directory.changeRoles("anita", 1, EnumSet.of(Role.SECRETARIAT), ADMIN))
                .isInstanceOf(UserDirectory.StaleAccount.class).hasMessageContaining("version 2");
        assertThat(directory.find("anita").orElseThrow().roles()).containsExactly(Role.OFFICER);
    }
}
