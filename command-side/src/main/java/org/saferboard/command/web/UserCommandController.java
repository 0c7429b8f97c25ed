package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.infrastructure.security.SignedInUsers;
import org.saferboard.infrastructure.security.UserAccount;
import org.saferboard.infrastructure.security.UserChanges;
import org.saferboard.infrastructure.security.UserDirectory;
import org.saferboard.infrastructure.security.UserView;
import org.saferboard.infrastructure.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' API for local users: create, change roles or agency, disable and enable, reset a
 * password. Users are never deleted; every change is kept in the user's history with who made it. Each
 * change may carry the version read (If-Match); a stale one gets 409.
 */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users (write)")
class UserCommandController {

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SignedInUsers signedInUsers;

    UserCommandController(UserDirectory directory, PasswordEncoder passwords, Clock clock, SignedInUsers signedInUsers) {
        this.directory = directory;
        this.passwords = passwords;
        this.clock = clock;
        this.signedInUsers = signedInUsers;
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "Usernames are never reused: users are disabled, not deleted.")
    ResponseEntity<UserView> create(@Valid @RequestBody UserChanges.NewUser request) {
        UserAccount created = directory.create(request.username(), request.displayName().trim(), request.agency().trim(),
                request.roles(), passwords.encode(request.password()), actor());
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).eTag(Long.toString(created.version()))
                .body(UserView.of(created, clock));
    }

    @PostMapping("/{username}/roles")
    @Operation(summary = "Change a user's roles")
    ResponseEntity<UserView> changeRoles(@PathVariable String username, IfMatch ifMatch, @Valid @RequestBody UserChanges.Roles request) {
        return answer(directory.changeRoles(username, expected(username, ifMatch), request.roles(), actor()));
    }

    @PostMapping("/{username}/agency")
    @Operation(summary = "Change a user's agency")
    ResponseEntity<UserView> changeAgency(@PathVariable String username, IfMatch ifMatch, @Valid @RequestBody UserChanges.Agency request) {
        return answer(directory.changeAgency(username, expected(username, ifMatch), request.agency().trim(), actor()));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable a user", description = "They can no longer sign in; their history stays.")
    ResponseEntity<UserView> disable(@PathVariable String username, IfMatch ifMatch, @Valid @RequestBody UserChanges.Reason request) {
        return answer(directory.disable(username, expected(username, ifMatch), request.reason().trim(), actor()));
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Enable a disabled user")
    ResponseEntity<UserView> enable(@PathVariable String username, IfMatch ifMatch, @Valid @RequestBody UserChanges.Reason request) {
        return answer(directory.enable(username, expected(username, ifMatch), request.reason().trim(), actor()));
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Reset a user's password", description = "Also lifts a lock left by failed sign-ins.")
    ResponseEntity<UserView> resetPassword(@PathVariable String username, IfMatch ifMatch, @Valid @RequestBody UserChanges.Password request) {
        return answer(directory.resetPassword(username, expected(username, ifMatch), passwords.encode(request.password()), actor()));
    }

    @ExceptionHandler(UserDirectory.NoSuchUser.class)
    ResponseEntity<Object> noSuchUser(UserDirectory.NoSuchUser exception) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "user-not-found", "User not found", exception.getMessage()));
    }

    @ExceptionHandler(UserDirectory.UsernameTaken.class)
    ResponseEntity<Object> usernameTaken(UserDirectory.UsernameTaken exception) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, "username-taken", "Username taken", exception.getMessage()));
    }

    @ExceptionHandler(UserDirectory.LastAdministrator.class)
    ResponseEntity<Object> lastAdministrator(UserDirectory.LastAdministrator exception) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, "last-administrator", "Last administrator", exception.getMessage()));
    }

    @ExceptionHandler(UserDirectory.StaleAccount.class)
    ResponseEntity<Object> stale(UserDirectory.StaleAccount exception) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "version-conflict", "User changed meanwhile", exception.getMessage());
        problem.setProperty("currentVersion", exception.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(exception.currentVersion()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The version the request read, or, when it sent none, the current one (the change is still one guarded update). */
    private long expected(String username, IfMatch ifMatch) {
        Long version = ifMatch.or(null);
        return version != null ? version
                : directory.find(username).orElseThrow(() -> new UserDirectory.NoSuchUser(username)).version();
    }

    private ResponseEntity<UserView> answer(UserAccount changed) {
        return ResponseEntity.ok().eTag(Long.toString(changed.version())).body(UserView.of(changed, clock));
    }

    /** The administrator making the change, however they signed in. */
    private UserDirectory.Actor actor() {
        SignedInUser admin = signedInUsers.current().orElseThrow();
        return new UserDirectory.Actor(admin.username(), admin.displayName());
    }
}
