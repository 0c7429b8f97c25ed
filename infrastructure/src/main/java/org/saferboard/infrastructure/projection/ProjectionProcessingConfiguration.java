package org.saferboard.infrastructure.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * How every projection is processed: a handler that fails stops the batch, so the processor retries
 * it from its last token instead of moving past an event that was never projected (Axon's default
 * only logs the failure); and the gathered writes are sent at the end of each batch.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessingConfiguration {

    @Autowired
    void configureProjections(EventProcessingConfigurer configurer) {
        configurer.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        configurer.registerDefaultHandlerInterceptor((configuration, processorName) -> new FlushBatchedWritesInterceptor());
    }
}
