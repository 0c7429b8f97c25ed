package org.saferboard.infrastructure.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;

/**
 * The version of each case a projection has applied to its document (field {@code version}), counting
 * writes of the current batch not yet sent (see BatchedWrites). An event at or below it was delivered
 * again (a retried batch, or a replay over existing documents) and is skipped. Checked here rather than
 * in the update's filter because mongo-java-server answers a filter from an index only when it is
 * exactly the indexed key; the projection is the document's only writer (its processor owns the
 * segment), so the check cannot race.
 */
public final class AppliedVersions {

    public static final String VERSION = "version";
    /** In the batch's record: the case is created by a write of this batch, whatever the store holds. */
    private static final long CREATED_IN_THIS_BATCH = -1;

    private final MongoCollection<Document> collection;
    private final String pendingKey;

    public AppliedVersions(MongoCollection<Document> collection) {
        this.collection = collection;
        this.pendingKey = AppliedVersions.class.getName() + "." + collection.getNamespace().getFullName();
    }

    /** The version the stored document holds; 0 when there is none. */
    public long storedVersion(String caseId) {
        Document document = collection.find(eq("_id", caseId)).projection(Projections.include(VERSION)).first();
        return document == null ? 0 : document.getLong(VERSION);
    }

    /**
     * For the event that creates the case, whose write inserts the document only if it is absent, so
     * that writing it again changes nothing: it needs no lookup of what is stored. A later event of
     * the case in the same batch looks the stored version up then.
     */
    public void claimCreation(String caseId) {
        pending().putIfAbsent(caseId, CREATED_IN_THIS_BATCH);
    }

    /** Whether the event that brings the case to {@code version} is still to be applied; if so, it counts as applied. */
    public boolean claim(String caseId, long version) {
        Map<String, Long> pending = pending();
        Long pendingVersion = pending.get(caseId);
        long applied = pendingVersion == null ? storedVersion(caseId)
                : pendingVersion == CREATED_IN_THIS_BATCH ? Math.max(1, storedVersion(caseId))
                : pendingVersion;
        if (applied >= version) {
            return false;
        }
        pending.put(caseId, version);
        return true;
    }

    private Map<String, Long> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(pendingKey, key -> new HashMap<>());
    }
}
