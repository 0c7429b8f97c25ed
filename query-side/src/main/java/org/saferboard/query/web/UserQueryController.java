package org.saferboard.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.saferboard.infrastructure.security.UserDirectory;
import org.saferboard.infrastructure.security.UserView;
import org.saferboard.infrastructure.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The local users, their roles and the history of changes to each (for administrators and auditors). */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users (read)")
class UserQueryController {

    private final UserDirectory directory;
    private final Clock clock;

    UserQueryController(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every user, by username, disabled ones included")
    List<UserView> all() {
        return directory.all().stream().map(account -> UserView.of(account, clock)).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user with the history of changes to them; the ETag is their version")
    ResponseEntity<UserView> one(@PathVariable String username) {
        UserView user = directory.find(username).map(account -> UserView.of(account, clock))
                .orElseThrow(() -> new UserDirectory.NoSuchUser(username));
        return ResponseEntity.ok().eTag(Long.toString(user.version())).body(user);
    }

    @ExceptionHandler(UserDirectory.NoSuchUser.class)
    ResponseEntity<Object> noSuchUser(UserDirectory.NoSuchUser exception) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "user-not-found", "User not found", exception.getMessage()));
    }
}
