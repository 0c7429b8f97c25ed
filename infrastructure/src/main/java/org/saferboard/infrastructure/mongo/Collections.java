package org.saferboard.infrastructure.mongo;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Dropping collections that may not be there, and reading documents by many ids. */
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

    /**
     * The documents with the given ids (in no particular order), asked for {@code chunk} ids at a time
     * with {@code $in}: the embedded server compares each document it finds with the whole list again,
     * so one long list costs the square of its length.
     */
    public static void forEachById(MongoCollection<Document> collection, List<String> ids, int chunk, Bson projection,
                                   Consumer<Document> action) {
        for (int from = 0; from < ids.size(); from += chunk) {
            FindIterable<Document> found = collection.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + chunk))));
            (projection == null ? found : found.projection(projection)).forEach(action);
        }
    }
}
