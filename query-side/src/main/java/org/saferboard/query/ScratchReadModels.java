package org.saferboard.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A read model of one case as it stood at a past position of the event log, made by the projection's
 * own handlers (so an as-at read shows exactly what the live read model showed then) over that case's
 * events up to the position, into a database of its own on an in-memory MongoDB-protocol server of
 * this process, dropped as soon as it has been read. Never the live database: nothing there is
 * touched, on the embedded default or a real MongoDB.
 */
@Component
public class ScratchReadModels implements DisposableBean {

    private MongoServer server;
    private MongoClient client;

    /**
     * @param projectionOn makes the projection on a scratch database
     * @param events the case's events up to the position, in order
     * @param read what to read from the projection once it holds them
     */
    public <P, R> R replay(Function<MongoDatabase, P> projectionOn, Iterable<? extends DomainEventMessage<?>> events, Function<P, R> read) {
        MongoDatabase scratch = client().getDatabase("as-at-" + UUID.randomUUID());
        try {
            P projection = projectionOn.apply(scratch);
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
            // one unit of work, as a processor's batch: the projection's writes go out together when it commits
            DefaultUnitOfWork<?> batch = new DefaultUnitOfWork<>(null);
            batch.execute(() -> {
                for (DomainEventMessage<?> event : events) {
                    if (handlers.canHandle(event)) {
                        try {
                            handlers.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("The as-at projection could not apply " + event.getPayloadType().getSimpleName(), e);
                        }
                    }
                }
            });
            return read.apply(projection);
        } finally {
            scratch.drop();
        }
    }

    private synchronized MongoClient client() {
        if (client == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close();
            server.shutdown();
        }
    }
}
