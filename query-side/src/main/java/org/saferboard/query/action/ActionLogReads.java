package org.saferboard.query.action;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the action log answers its filters: from documents read by exact key on the embedded
 * MongoDB-protocol server, which scans a collection for any other query (see ActionLogKeys), or
 * from ordinary compound indexes on MongoDB, whose planner uses them for filters, sorts and counts.
 * Chosen by what the server says it is, so that a URI pointing at a mongo-java-server (the tests' and
 * benchmarks' in-memory one) is read the embedded default's way.
 */
@Component
public final class ActionLogReads {

    public static final ActionLogReads EXACT_KEYS = new ActionLogReads(true);
    public static final ActionLogReads COMPOUND_INDEXES = new ActionLogReads(false);

    private final boolean exactKeys;

    /**
     * @param chosen {@code auto} (by the server), {@code exact-keys} or {@code compound-indexes}: the
     *               last measures MongoDB's way of reading on a mongo-java-server (the benchmarks). A
     *               store kept one way and then read the other needs its action log rebuilt.
     */
    @Autowired
    public ActionLogReads(MongoDatabase saferBoardDatabase, @Value("${saferboard.action-log.reads:auto}") String chosen) {
        this(switch (chosen) {
            // MongoDB's buildInfo names the commit it was built from; mongo-java-server's gives the version it imitates only
            case "auto" -> !saferBoardDatabase.runCommand(new Document("buildInfo", 1)).containsKey("gitVersion");
            case "exact-keys" -> true;
            case "compound-indexes" -> false;
            default -> throw new IllegalArgumentException("saferboard.action-log.reads is '" + chosen
                    + "'; it must be auto, exact-keys or compound-indexes");
        });
    }

    private ActionLogReads(boolean exactKeys) {
        this.exactKeys = exactKeys;
    }

    public boolean exactKeys() {
        return exactKeys;
    }

    @Override
    public String toString() {
        return exactKeys ? "exact keys" : "compound indexes";
    }
}
