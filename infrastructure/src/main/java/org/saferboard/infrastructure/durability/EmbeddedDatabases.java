package org.saferboard.infrastructure.durability;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's databases on the H2 store, with two things of mongo-java-server's H2 backend
 * (1.47) done differently:
 *
 * <ul>
 *   <li>A unique index keeps its keys in a map ordered by value ({@link IndexKeyType}). The backend's own
 *   maps compare two keys by serialising both with Java serialisation, because its key class is not
 *   comparable: a lookup by global index or by _id cost a tenth of a millisecond, most of the time of
 *   reading the log in order. Indexes of a store written before are moved into such maps once, when the
 *   store is opened.</li>
 *   <li>A renamed collection takes its documents and indexes with it on disk. The backend renames the maps
 *   of the new name to themselves (it reads the collection's name after renaming it), so a collection
 *   renamed into place (a restore, a read model switched after a rebuild) was found empty after a
 *   restart.</li>
 * </ul>
 * An index map that no longer matches its collection, because a server without these maps changed the
 * file, is built again from the documents.
 */
final class EmbeddedDatabases {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabases.class);

    /** The prefixes of the maps holding a collection's documents and its counters, as H2Database names them. */
    private static final String DOCUMENTS = "databases.";
    private static final String METADATA = "meta.";
    /** Between the collection's full name and the index's name, as H2Database names an index's map. */
    private static final String INDEX = "._index_";
    /** Ends the name of an index map ordered by value, so that one of the backend's own is told apart. */
    private static final String BY_VALUE = ".by-value";

    private final MVStore store;

    EmbeddedDatabases(MVStore store) {
        this.store = store;
    }

    MongoDatabase open(String databaseName, CursorRegistry cursors) {
        return new Database(databaseName, cursors);
    }

    /** Built by H2Database's constructor calling back the index opening below, so it uses the store of its outer instance. */
    private final class Database extends H2Database {

        Database(String databaseName, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String collection = getFullCollectionNamespace(collectionName);
            String backendsName = collection + INDEX + indexName;
            MVMap<KeyValue, Object> byValue = store.openMap(backendsName + BY_VALUE,
                    new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
            if (store.hasMap(backendsName)) {
                // written by the backend's own index: its entries, read in its order (no comparisons), keyed anew
                MVMap<KeyValue, Object> written = store.openMap(backendsName);
                log.info("Moving the index {} ({} keys) to a map ordered by value", backendsName, written.sizeAsLong());
                byValue.clear();
                for (Map.Entry<KeyValue, Object> entry : written.entrySet()) {
                    byValue.put(entry.getKey(), entry.getValue());
                }
                store.removeMap(written);
            }
            long documents = store.openMap(DOCUMENTS + collection).sizeAsLong();
            if (sparse ? byValue.sizeAsLong() > documents : byValue.sizeAsLong() != documents) {
                // the collection was changed by a server without these maps (dropped with the backend's own, say):
                // emptied, the index is built again from the documents when the collection takes it
                log.warn("The index {} does not match its collection's {} documents; it is built again", backendsName, documents);
                byValue.clear();
            }
            return new UniqueIndex(byValue, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String name = getFullCollectionNamespace(collection.getCollectionName()) + INDEX + indexName + BY_VALUE;
            if (store.hasMap(name)) {
                store.removeMap(name);
            }
        }

        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            String oldName = collection.getFullName();
            super.moveCollection(oldDatabase, collection, newCollectionName);
            String newName = collection.getFullName();
            moveMap(DOCUMENTS + oldName, DOCUMENTS + newName);
            moveMap(METADATA + oldName, METADATA + newName);
            for (String map : store.getMapNames()) {
                if (map.startsWith(oldName + INDEX)) {
                    moveMap(map, newName + map.substring(oldName.length()));
                }
            }
        }

        /** The collection's open maps keep their contents; only their names change (over any empty map of the new name). */
        private void moveMap(String from, String to) {
            if (from.equals(to) || !store.hasMap(from)) {
                return;
            }
            if (store.hasMap(to)) {
                store.removeMap(to);
            }
            store.renameMap(store.openMap(from), to);
        }
    }

    /** A unique index on a map ordered by value; the backend's own index class cannot be built outside its package. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> keys;

        UniqueIndex(MVMap<KeyValue, Object> keys, String name, List<IndexKey> indexKeys, boolean sparse) {
            super(name, indexKeys, sparse);
            this.keys = keys;
        }

        @Override
        protected Object removeDocument(KeyValue keyValue) {
            return keys.remove(keyValue);
        }

        @Override
        protected boolean putKeyPosition(KeyValue keyValue, Object position) {
            return keys.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return keys.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue keyValue) {
            return keys.get(keyValue);
        }

        @Override
        public long getCount() {
            return keys.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return keys.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
