package org.saferboard.infrastructure.mongo;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Dropping collections that may not be there. */
public final class Collections {

    private Collections() {
    }

    /**
     * Drops those of the named collections that exist. MongoDB answers a drop of a missing collection
     * quietly, but the embedded server logs it as an error with a stack trace, which would alarm whoever
     * reads the log of a routine restore or rebuild.
     */
    public static void dropIfPresent(MongoDatabase database, Collection<String> names) {
        List<String> existing = database.listCollectionNames().into(new ArrayList<>());
        names.stream().filter(existing::contains).forEach(name -> database.getCollection(name).drop());
    }
}
