package org.saferboard.infrastructure.security;

import java.nio.file.Path;
import java.util.EnumSet;
import org.saferboard.api.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At the first start (no user at all), creates the administrator {@code admin} with the password from
 * {@code SAFERBOARD_ADMIN_PASSWORD}, or else a random one that is printed once in the log and written to a
 * file readable only by its owner. There is no built-in password. Two processes starting together on one
 * database create it once: the username is the document's key.
 */
final class FirstAdministrator implements ApplicationRunner, Ordered {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final String configuredPassword;
    private final Path passwordFile;

    FirstAdministrator(UserDirectory directory, PasswordEncoder passwords, String configuredPassword, Path passwordFile) {
        this.directory = directory;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
        this.passwordFile = passwordFile;
    }

    /** Before any other start-up work that may create users (the demo's), which would make the directory not empty. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!directory.isEmpty()) {
            return;
        }
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        String password = configured ? configuredPassword : OwnerOnlyFile.randomPassword();
        UserDirectory.Actor system = new UserDirectory.Actor(SystemUser.USERNAME, "First start");
        if (!directory.createIfAbsent(USERNAME, "Administrator", "", EnumSet.of(Role.ADMIN), passwords.encode(password), system)) {
            return;
        }
        if (configured) {
            LOG.info("First start: created the administrator '{}' with the password in SAFERBOARD_ADMIN_PASSWORD", USERNAME);
            return;
        }
        OwnerOnlyFile.write(passwordFile, password + System.lineSeparator());
        LOG.warn("""
                
                First start: created the administrator '{}' with the password
                
                    {}
                
                It is shown only this once, and kept in {} (readable only by you). Sign in with it, create
                the board's users, and reset this password (POST /api/users/admin/password).""",
                USERNAME, password, passwordFile.toAbsolutePath());
    }
}
