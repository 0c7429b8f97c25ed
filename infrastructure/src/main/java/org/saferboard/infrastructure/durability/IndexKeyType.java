package org.saferboard.infrastructure.durability;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of the embedded server's unique indexes in the H2 store: compared value by value in
 * MongoDB's order of values, and written value by value (H2's own compact forms for text, numbers,
 * dates and ids; Java serialisation only for other values, such as a document used as a key).
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType values = new ObjectDataType();

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue first, KeyValue second) {
        int shared = Math.min(first.size(), second.size());
        for (int position = 0; position < shared; position++) {
            int order = ORDER.compare(first.get(position), second.get(position));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(first.size(), second.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 24;
        for (Object value : key) {
            memory += values.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            values.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> read = new ArrayList<>(size);
        for (int position = 0; position < size; position++) {
            read.add(values.read(buffer));
        }
        return new KeyValue(read);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
