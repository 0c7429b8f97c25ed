package org.saferboard.infrastructure.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.eventstore.AxonSerialization;
import org.saferboard.testing.TestMongo;

class ProjectionTokenStoreTest {

    private static final String PROCESSOR = "action-log";
    private static final int SEGMENT = 0;
    private static final TrackingToken AT_10 = GapAwareTrackingToken.newInstance(10, List.of());
    private static final TrackingToken AT_20 = GapAwareTrackingToken.newInstance(20, List.of());

    private final List<String> steps = new ArrayList<>();
    private MongoDatabase database;
    private TokenStore axonTokens;
    private ProjectionTokenStore tokens;

    @BeforeEach
    void setUp() {
        database = TestMongo.newDatabase();
        axonTokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(AxonSerialization.serializer())
                .nodeId("this-node")
                .build();
        Durability recorded = () -> steps.add("durable; token stored: " + storedPosition());
        tokens = new ProjectionTokenStore(axonTokens, database, AxonSerialization.serializer(), recorded);
        tokens.initializeTokenSegments(PROCESSOR, 1);
    }

    private String storedPosition() {
        TrackingToken stored = axonTokens.fetchToken(PROCESSOR, SEGMENT);
        return stored == null ? "none" : Long.toString(stored.position().orElseThrow());
    }

    @Test
    void aTokenIsStoredOnlyAfterTheWritesItCoversAreDurable() {
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);

        assertThat(steps).containsExactly("durable; token stored: none");
        assertThat(tokens.fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_10);
    }

    @Test
    void aProcessorResumesFromItsTokenWhenItsCheckpointCoversIt() {
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        tokens.storeToken(AT_20, PROCESSOR, SEGMENT);

        assertThat(tokens.fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_20);
    }

    @Test
    void aTokenFurtherOnThanItsCheckpointIsNotTrusted() {
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        axonTokens.storeToken(AT_20, PROCESSOR, SEGMENT);

        assertThat(tokens.fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_10);
    }

    @Test
    void aTokenWithoutACheckpointRestartsItsReadModelCheckFromTheStartOfTheLog() {
        database.getCollection(ProjectionTokenStore.CHECKPOINTS).drop();
        axonTokens.storeToken(AT_20, PROCESSOR, SEGMENT);

        assertThat(tokens.fetchToken(PROCESSOR, SEGMENT)).isNull();
    }

    @Test
    void aNewProcessorStartsAtItsInitialToken() {
        tokens.initializeTokenSegments("meeting-view", 1, AT_10);

        assertThat(tokens.fetchToken("meeting-view", SEGMENT)).isEqualTo(AT_10);
    }
}
