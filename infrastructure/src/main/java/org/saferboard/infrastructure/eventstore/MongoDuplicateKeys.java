package org.saferboard.infrastructure.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Recognises MongoDB's duplicate key error (code 11000), which Axon turns into a ConcurrencyException. */
public class MongoDuplicateKeys implements PersistenceExceptionResolver {

    static final int DUPLICATE_KEY = 11000;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isDuplicateKey(exception);
    }

    public static boolean isDuplicateKey(Throwable exception) {
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() == DUPLICATE_KEY);
        }
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCode() == DUPLICATE_KEY;
        }
        return exception instanceof MongoServerException server && server.getCode() == DUPLICATE_KEY;
    }
}
