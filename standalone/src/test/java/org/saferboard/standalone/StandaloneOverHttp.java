package org.saferboard.standalone;

import org.saferboard.testing.TestMongo;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A standalone app of the test class's own, on a database of its own on the test server, driven over
 * HTTP on its port. Test classes that inherit this alike would otherwise share one cached app and its
 * data, so each class's app is closed after it.
 */
@DirtiesContext
abstract class StandaloneOverHttp {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        TestMongo.register(registry);
    }

    @LocalServerPort
    int port;
}
