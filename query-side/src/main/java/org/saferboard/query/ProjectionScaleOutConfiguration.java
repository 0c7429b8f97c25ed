package org.saferboard.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.saferboard.infrastructure.projection.ProcessingNodes;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.action.ActionLogReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Several query-side processes share each read model's processor by segments claimed in the shared
 * token store (the split deployment's processors are pooled, with several segments: see its
 * application.yml). Each process holds its fair share of every processor's segments (ProcessingNodes),
 * so a process that starts takes segments from the others and one that stops or dies leaves its
 * segments to them. Events of one case stay in one segment, in order (Axon's default policy), and every
 * read model but one writes only documents of the case an event belongs to.
 *
 * <p>The exception is the action log on the embedded server: its keys (ActionLogKeys) are documents
 * shared by many actions, rewritten whole, so they need one writer. There, all its events go to one
 * segment; the others idle, and the segment moves between processes as every segment does.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionScaleOutConfiguration {

    @Autowired
    void shareSegments(EventProcessingConfigurer configurer, ProcessingNodes nodes, TokenStore tokenStore,
                       ObjectProvider<ActionLogReads> actionLogReads) {
        configurer.registerPooledStreamingEventProcessorConfiguration((configuration, processor) -> processor
                .maxSegmentProvider(name -> nodes.fairShare(name, () -> tokenStore.fetchSegments(name).length)));
        configurer.registerSequencingPolicy(ActionLogProjection.PROCESSING_GROUP, configuration ->
                actionLogReads.getObject().exactKeys() ? new SequentialPolicy() : SequentialPerAggregatePolicy.instance());
    }
}
