package org.saferboard.infrastructure.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * How every projection is processed: a handler that fails stops the batch, so the processor retries
 * it from its last token instead of moving past an event that was never projected (Axon's default
 * only logs the failure); and the gathered writes are sent at the end of each batch. With
 * {@code saferboard.projections.auto-start=false} (a maintenance task of the standalone jar, which
 * verifies or backs up the log and exits) no projection starts.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessingConfiguration {

    @Autowired
    void configureProjections(EventProcessingConfigurer configurer,
                              @Value("${saferboard.projections.auto-start:true}") boolean autoStart) {
        configurer.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        configurer.registerDefaultHandlerInterceptor((configuration, processorName) -> new FlushBatchedWritesInterceptor());
        if (!autoStart) {
            configurer.registerTrackingEventProcessorConfiguration(
                    configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andAutoStart(false));
        }
    }
}
