package org.saferboard.infrastructure.security;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.saferboard.api.people.Role;

/**
 * What an administrator sends to change the local users, with its rules: one home for the administrators' API
 * and their pages alike, both of which check it with Bean Validation before the {@link UserDirectory} is asked.
 */
public final class UserChanges {

    private UserChanges() {
    }

    /** 12 characters or more: length is what makes a password hard to guess (NCSC's advice), not mixed symbols. */
    public static final int SHORTEST_PASSWORD = 12;

    public record NewUser(
            @NotNull @Pattern(regexp = UserDirectory.USERNAME_PATTERN,
                    message = "must be 2 to 64 lower-case letters, digits, dots, underscores, hyphens or @, starting with a letter or digit")
            @Schema(requiredMode = REQUIRED, example = "anita.chavda") String username,
            @NotBlank @Size(max = 100) @Schema(requiredMode = REQUIRED, example = "Anita Chavda") String displayName,
            @NotNull @Size(max = 100) @Schema(requiredMode = REQUIRED, example = "Leicestershire County Council") String agency,
            @NotEmpty @Schema(requiredMode = REQUIRED, example = "[\"OFFICER\"]") Set<@NotNull Role> roles,
            @NotNull @Size(min = SHORTEST_PASSWORD, max = 128) @Schema(requiredMode = REQUIRED, example = "correct horse battery staple")
            String password) {
    }

    public record Roles(@NotEmpty @Schema(requiredMode = REQUIRED, example = "[\"OFFICER\", \"SECRETARIAT\"]") Set<@NotNull Role> roles) {
    }

    public record Agency(@NotNull @Size(max = 100) @Schema(requiredMode = REQUIRED, example = "Rutland County Council") String agency) {
    }

    public record Reason(@NotBlank @Size(max = 500) @Schema(requiredMode = REQUIRED, example = "Left the council on 30 November") String reason) {
    }

    public record Password(@NotNull @Size(min = SHORTEST_PASSWORD, max = 128) @Schema(requiredMode = REQUIRED) String password) {
    }
}
