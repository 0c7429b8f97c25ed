package org.saferboard.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saferboard.api.people.Role;

/** The access rules decide by the first matching rule, and the README shows the same table as the code. */
class AccessRulesTest {

    @Test
    void theReadmeShowsTheRulesTableOfTheCode() throws IOException {
        String table = "| method | path | roles | to |\n|---|---|---|---|\n" + AccessRules.rules().stream()
                .map(rule -> "| " + rule.method() + " | `" + rule.path().getPatternString() + "` | "
                        + EnumSet.copyOf(rule.roles()).stream().map(Role::name).collect(Collectors.joining(", ")) + " | " + rule.what() + " |")
                .collect(Collectors.joining("\n")) + "\n";

        assertThat(Files.readString(Path.of("..", "README.md"))).as("README.md's access rules table").contains(table);
    }

    @Test
    void officersReachProgressAndCompletionButNoOtherChangeOfAnAction() {
        assertThat(AccessRules.ruleFor("POST", "/api/actions/a-1/complete").orElseThrow().roles()).contains(Role.OFFICER);
        assertThat(AccessRules.ruleFor("POST", "/api/actions/a-1/progress").orElseThrow().roles()).contains(Role.OFFICER);
        assertThat(AccessRules.ruleFor("POST", "/api/actions/a-1/due-date").orElseThrow().roles()).containsExactly(Role.SECRETARIAT);
        assertThat(AccessRules.ruleFor("POST", "/api/actions/a-1/complete/extra").orElseThrow().roles()).containsExactly(Role.SECRETARIAT);
    }

    @Test
    void theRoleUsedIsTheLeastRestrictedTheRuleAdmits() {
        AccessRules.Rule complete = AccessRules.ruleFor("POST", "/api/actions/a-1/complete").orElseThrow();

        assertThat(complete.roleUsed(EnumSet.of(Role.OFFICER, Role.SECRETARIAT))).contains(Role.SECRETARIAT);
        assertThat(complete.roleUsed(EnumSet.of(Role.OFFICER, Role.AUDITOR))).contains(Role.OFFICER);
        assertThat(complete.roleUsed(EnumSet.of(Role.AUDITOR))).isEmpty();
    }

    @Test
    void headIsDecidedAsGetAndAPathNoRuleCoversHasNoRule() {
        assertThat(AccessRules.ruleFor("HEAD", "/api/reviews/r-1")).isEqualTo(AccessRules.ruleFor("GET", "/api/reviews/r-1"));
        assertThat(AccessRules.ruleFor("DELETE", "/api/actions/a-1")).isEmpty();
        assertThat(AccessRules.ruleFor("GET", "/api/secrets")).isEmpty();
    }
}
