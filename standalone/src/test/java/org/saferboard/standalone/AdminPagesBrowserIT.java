package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The administrators' pages in a real browser: a user created with two roles signs in and sees the pages of
 * both; their agency is changed, their password reset, and once disabled they can no longer sign in.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesBrowserIT extends StandaloneOverHttp {

    private static final String FIRST_PASSWORD = "first password of the new user";
    private static final String NEW_PASSWORD = "second password of the new user";

    @Test
    void anAdministratorCreatesAUserChangesThemAndDisablesThem() {
        try (Browser admin = Browser.open(port, "admin-journey", true)) {
            admin.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            admin.clickLink("Users").clickLink("Create a user");
            admin.type("username", "Sam Secretary").type("displayName", "Sam Secretary").type("password", "short").submit();
            assertThat(admin.errorSummary()).anySatisfy(error -> assertThat(error).startsWith("Username must be 2 to 64 lower-case"))
                    .anySatisfy(error -> assertThat(error).startsWith("Roles must not be empty"))
                    .anySatisfy(error -> assertThat(error).startsWith("First password size must be between 12"));
            assertThat(admin.attribute("#password", "value")).as("a password is never shown back").isNull();

            admin.type("username", "sam.secretary").choose("roles-0").choose("roles-1")
                    .type("agency", "Leicestershire County Council").type("password", FIRST_PASSWORD).submit();
            assertThat(admin.heading()).isEqualTo("Sam Secretary");
            assertThat(admin.mainText()).contains("User created", "OFFICER, SECRETARIAT");

            admin.clickLink("Change agency");
            admin.type("agency", "Rutland County Council").submit();
            admin.clickLink("Reset the password");
            admin.type("password", NEW_PASSWORD).submit();
            assertThat(admin.mainText()).contains("Rutland County Council", "Reset the password: done", "password reset");
        }
        try (Browser sam = Browser.open(port, "new-user", true)) {
            sam.signIn("sam.secretary", FIRST_PASSWORD);
            assertThat(sam.path()).as("the old password no longer works").isEqualTo("/sign-in");
            sam.signIn("sam.secretary", NEW_PASSWORD);
            assertThat(sam.heading()).contains("Sam Secretary");
            assertThat(sam.mainText()).contains("Rutland County Council");
            assertThat(sam.count("#navigation a[href='/meetings']")).isEqualTo(1);
            assertThat(sam.count("#navigation a[href='/admin/users']")).isZero();
        }
        try (Browser admin = Browser.open(port, "admin-disables", true)) {
            admin.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            admin.visit("/admin/users/sam.secretary");
            admin.clickLink("Disable the user");
            admin.type("reason", "Left the council").submit();
            assertThat(admin.mainText()).contains("Disabled");
        }
        try (Browser sam = Browser.open(port, "disabled-user", true)) {
            sam.signIn("sam.secretary", NEW_PASSWORD);
            assertThat(sam.path()).isEqualTo("/sign-in");
            assertThat(sam.errorSummary()).singleElement().asString().contains("The username or password is not right");
        }
    }
}
