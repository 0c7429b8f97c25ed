package org.saferboard.infrastructure.durability;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Durability for the embedded server's H2 store. MVStore keeps changes in memory and writes them
 * about once a second on its own; here a writer that must not lose its changes commits the store and
 * forces the file to disk (fsync), shared between concurrent writers by {@link GroupCommit}.
 */
public final class EmbeddedStoreDurability {

    private EmbeddedStoreDurability() {
    }

    public static Durability of(MVStore store) {
        FileStore<?> file = store.getFileStore();
        if (file == null) {
            // an in-memory store has nothing to lose to a crash that it would not lose anyway
            return Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE;
        }
        return new GroupCommit(() -> {
            store.commit();
            // The background writer may have taken these changes into a store of its own that is still
            // being written; waiting for its pipeline, then forcing the file, puts them on disk.
            file.executeFileStoreOperation(file::sync);
        });
    }
}
