/**
 * Lifecycle adapters for the streaming stack the DPDS design comes from: {@link
 * io.dpds.adapters.kafka.KafkaTopicProvisioner} provisions a product's Kafka topics from its ports' AsyncAPI
 * definitions and its infrastructural components.
 */
@NullMarked
package io.dpds.adapters.kafka;

import org.jspecify.annotations.NullMarked;
