package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.saferboard.testing.Http;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer's first start on the embedded default without SAFERBOARD_ADMIN_PASSWORD: the administrator's
 * random password is printed once and kept in a file only its owner can read; it signs in; the next start
 * prints no password. With --demo, one user per role is created and the log says how to sign in as each.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("with the password\\s+([A-Za-z0-9_-]{24})\\s");
    private static final Pattern DEMO_PASSWORD = Pattern.compile("Each signs in with the password\\s+([A-Za-z0-9_-]{24})\\s");

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start(String... extra) {
        String[] arguments = new String[] {"--server.port=0", "--saferboard.mongodb.uri=", "--saferboard.mongodb.embedded.enabled=true",
            "--saferboard.mongodb.embedded.data-directory=" + dataDirectory, "--saferboard.security.secrets-directory=" + dataDirectory,
            "--saferboard.security.admin-password="};
        String[] all = new String[arguments.length + extra.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(extra, 0, all, arguments.length, extra.length);
        return new SpringApplicationBuilder(StandaloneApplication.class).run(all);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void theFirstAdministratorsPasswordIsPrintedOnceAndKeptForItsOwnerOnly(CapturedOutput output) throws IOException {
        String password;
        try (ConfigurableApplicationContext first = start()) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the password printed in the log").isTrue();
            password = printed.group(1);
            Path file = dataDirectory.resolve("first-admin-password.txt");
            assertThat(Files.readString(file).trim()).isEqualTo(password);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

            assertThat(Http.as(port(first), "admin", password).get("/api/users").status()).isEqualTo(200);
            assertThat(Http.as(port(first), "admin", "admin").get("/api/users").status()).isEqualTo(401);
        }
        int printedBefore = output.getOut().split(password, -1).length - 1;
        try (ConfigurableApplicationContext second = start()) {
            assertThat(output.getOut().split(password, -1).length - 1).as("times the password was printed").isEqualTo(printedBefore);
            assertThat(Http.as(port(second), "admin", password).get("/api/users").status()).isEqualTo(200);
        }
    }

    @Test
    void theDemoHasOneUserPerRoleAndSaysHowToSignIn(CapturedOutput output) throws IOException {
        try (ConfigurableApplicationContext demo = start("--demo")) {
            Matcher printed = DEMO_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the demo users' password printed in the log").isTrue();
            String password = printed.group(1);
            assertThat(output.getOut()).contains("curl -u demo-officer:" + password);
            assertThat(Files.readString(dataDirectory.resolve("demo-users-password.txt")).trim()).isEqualTo(password);
            Http officer = Http.as(port(demo), "demo-officer", password);
            assertThat(officer.get("/api/actions").status()).isEqualTo(200);
            assertThat(officer.get("/api/dhr-funds/any/ledger").status()).isEqualTo(403);
            assertThat(Http.as(port(demo), "demo-finance", password).get("/api/dhr-funds/any/ledger").status()).isNotIn(401, 403);
            // an action the loader raised through a meeting (the meeting sends the action its command) names the loader
            Http auditor = Http.as(port(demo), "demo-auditor", password);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(auditor
                    .get("/api/audit-trail?caseId=lscsb-2015-03-19-m22").body().findValuesAsText("whoInWords"))
                    .isNotEmpty().containsOnly("Demo board loader (system)"));
            assertThat(Http.as(port(demo), "demo-admin", password).get("/api/users").body().findValuesAsText("username"))
                    .contains("admin", "demo-officer", "demo-secretariat", "demo-dhr-coordinator", "demo-finance", "demo-auditor", "demo-admin");
        }
    }
}
