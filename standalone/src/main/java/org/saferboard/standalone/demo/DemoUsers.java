package org.saferboard.standalone.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.security.OwnerOnlyFile;
import org.saferboard.infrastructure.security.SystemUser;
import org.saferboard.infrastructure.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One demo user per role, sharing one random password that is printed when they are created and kept in a
 * file readable only by its owner; the log says how to sign in as each. The officer works for Leicestershire
 * County Council, which owns most of the demo board's actions.
 */
final class DemoUsers implements ApplicationRunner {

    static final String PASSWORD_FILE = "demo-users-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String displayName, String agency, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo-officer", "Demo Officer", "Leicestershire County Council", Role.OFFICER),
            new DemoUser("demo-secretariat", "Demo Secretariat", "Leicestershire County Council", Role.SECRETARIAT),
            new DemoUser("demo-dhr-coordinator", "Demo DHR Coordinator", "Leicestershire County Council", Role.DHR_COORDINATOR),
            new DemoUser("demo-finance", "Demo Finance", "Leicestershire County Council", Role.FINANCE),
            new DemoUser("demo-auditor", "Demo Auditor", "Internal Audit", Role.AUDITOR),
            new DemoUser("demo-admin", "Demo Administrator", "", Role.ADMIN));

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final Path passwordFile;

    DemoUsers(UserDirectory directory, PasswordEncoder passwords, Path passwordFile) {
        this.directory = directory;
        this.passwords = passwords;
        this.passwordFile = passwordFile;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String password = OwnerOnlyFile.randomPassword();
        String hash = passwords.encode(password);
        UserDirectory.Actor loader = new UserDirectory.Actor(SystemUser.USERNAME, DemoBoard.LOADER);
        List<String> created = new ArrayList<>();
        for (DemoUser user : USERS) {
            if (directory.createIfAbsent(user.username(), user.displayName(), user.agency(), Set.of(user.role()), hash, loader)) {
                created.add(user.username());
            }
        }
        if (created.isEmpty()) {
            LOG.info("Demo users {} exist; {}", USERS.stream().map(DemoUser::username).toList(),
                    Files.exists(passwordFile) ? "their password is in " + passwordFile.toAbsolutePath() : "an administrator can reset their passwords");
            return;
        }
        OwnerOnlyFile.write(passwordFile, password + System.lineSeparator());
        LOG.warn("""
                
                Demo users created, one per role: {}
                Each signs in with the password
                
                    {}
                
                (kept in {}, readable only by you), for example:
                    curl -u demo-officer:{} localhost:8080/api/actions""",
                created, password, passwordFile.toAbsolutePath(), password);
    }
}
