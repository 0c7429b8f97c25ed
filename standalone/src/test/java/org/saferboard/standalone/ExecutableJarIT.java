package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What the newcomer runs holds what the application needs and nothing the tests pinned for themselves: the
 * mock OpenID Connect provider and the Kotlin and OkHttp lines it brings stay in the test scope.
 */
class ExecutableJarIT {

    private static Path jar() {
        return Path.of(System.getProperty("saferboard.standalone.jar", "target/standalone-0.1.0-SNAPSHOT-exec.jar"));
    }

    @Test
    void theJarHoldsNoneOfTheTestsOwnLibraries() throws IOException {
        List<String> libraries;
        try (JarFile jar = new JarFile(jar().toFile())) {
            libraries = jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).toList();
        }

        assertThat(libraries).as("libraries in the executable jar").anyMatch(name -> name.startsWith("spring-security-oauth2-resource-server-"))
                .anyMatch(name -> name.startsWith("jackson-databind-2.")).anyMatch(name -> name.startsWith("jackson-annotations-2.21"))
                .anyMatch(name -> name.startsWith("nimbus-jose-jwt-"))
                .noneMatch(name -> name.startsWith("kotlin-") || name.startsWith("okhttp") || name.startsWith("okio")
                        || name.startsWith("mockwebserver") || name.startsWith("mock-oauth2-server") || name.startsWith("junit-"));
    }
}
