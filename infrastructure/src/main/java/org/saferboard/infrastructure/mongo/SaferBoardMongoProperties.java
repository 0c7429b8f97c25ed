package org.saferboard.infrastructure.mongo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where SaferBoard keeps its events, snapshots, tokens and read models.
 *
 * @param uri      a MongoDB connection string ({@code SAFERBOARD_MONGODB_URI}); when set, it is used and
 *                 no embedded server is started
 * @param database the database name when the URI names none
 * @param embedded the in-process MongoDB-protocol server used when no URI is set
 */
@ConfigurationProperties("saferboard.mongodb")
public record SaferBoardMongoProperties(String uri, @DefaultValue("saferboard") String database,
                                        @DefaultValue Embedded embedded) {

    /**
     * @param enabled       start an embedded server when no URI is set (the standalone default)
     * @param dataDirectory where its H2 file lives, so that data survives a restart
     */
    public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("./data") Path dataDirectory) {
    }

    public boolean hasUri() {
        return uri != null && !uri.isBlank();
    }
}
