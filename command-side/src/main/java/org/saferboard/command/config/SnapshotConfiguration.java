package org.saferboard.command.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actions with long histories (years of progress notes), DHR funds and the performance dashboard's
 * outcomes load from a snapshot, not from every event.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    @Bean
    SnapshotTriggerDefinition actionSnapshotTrigger(Snapshotter snapshotter,
                                                    @Value("${saferboard.snapshots.action-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** A DHR fund gathers every receipt, allocation and payment of its years. */
    @Bean
    SnapshotTriggerDefinition fundSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${saferboard.snapshots.fund-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** An outcome gathers a figure per indicator, area and quarter, year after year. */
    @Bean
    SnapshotTriggerDefinition outcomeSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${saferboard.snapshots.outcome-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
