package org.example.host;

import io.dpds.adapters.kafka.KafkaTopicProvisioner;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.RegistryService;
import io.dpds.spi.store.LifecycleStore;

/** The README's Kafka example, compiled against the installed artifacts (running it takes a Kafka cluster). */
final class KafkaTopicsExample {

  private KafkaTopicsExample() {}

  static DeploymentService deployer(LifecycleStore store, RegistryService registry) {
    KafkaTopicProvisioner topics = KafkaTopicProvisioner.builder()
        .bootstrapServers("kafka-1:9092,kafka-2:9092")
        .property("security.protocol", "SASL_SSL").property("sasl.mechanism", "PLAIN")
        .topicPrefix("dev.")                       // optional: stages apart on one cluster
        .build();                                  // SASL user and password: the secrets kafka_username, kafka_password
    DeploymentService deployer = DeploymentService.builder().store(store).registry(registry)
        .provision(topics).build();
    return deployer;
  }
}
