package org.saferboard.command.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.saferboard.infrastructure.eventstore.AggregateIdentifierInUse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every case is loaded only from events of its own kind. Axon would build an action from a meeting's
 * events and fail half way with an IncompatibleAggregateException (a 500); here the aggregate factory
 * that Axon asks for each load first compares the kind the events were written for with the kind
 * being loaded, and refuses by name.
 */
@Configuration(proxyBeanMethods = false)
public class CaseKindConfiguration {

    @Bean
    static BeanPostProcessor caseKindCheckingAggregateFactories() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof AggregateFactory<?> factory ? checking(factory) : bean;
            }
        };
    }

    private static <T> AggregateFactory<T> checking(AggregateFactory<T> factory) {
        String kind = factory.getAggregateType().getSimpleName();
        return new AggregateFactory<>() {
            @Override
            public T createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
                String written = firstEvent.getType();
                if (written != null && !written.equals(kind)) {
                    throw new AggregateIdentifierInUse(aggregateIdentifier, written, kind);
                }
                return factory.createAggregateRoot(aggregateIdentifier, firstEvent);
            }

            @Override
            public Class<T> getAggregateType() {
                return factory.getAggregateType();
            }
        };
    }
}
