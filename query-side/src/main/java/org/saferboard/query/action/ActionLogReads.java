package org.saferboard.query.action;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    public ActionLogReads(MongoDatabase saferBoardDatabase) {
        // MongoDB's buildInfo names the commit it was built from; mongo-java-server's gives the version it imitates only
        this(!saferBoardDatabase.runCommand(new Document("buildInfo", 1)).containsKey("gitVersion"));
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
