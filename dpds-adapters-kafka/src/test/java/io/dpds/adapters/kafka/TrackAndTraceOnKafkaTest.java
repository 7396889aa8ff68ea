package io.dpds.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.api.Api;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.Port;
import io.dpds.spi.adapter.Secrets;
import io.dpds.test.RecordingAdapters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The track-and-trace sample on a real broker: published, deployed with the topic provisioner (the other steps
 * recorded), then one CloudEvent per output topic produced with the port's Avro schema and read back and decoded.
 */
@ExtendWith(Broker.class)
class TrackAndTraceOnKafkaTest {

  static final Path SAMPLE = Path.of(System.getProperty("dpds.project.dir", ".."))
      .resolve("samples/trackandtrace/data-product-descriptor.yaml");

  @Test
  void theSampleIsDeployedAndEachOutputTopicCarriesItsCloudEvents() throws Exception {
    InMemoryStore store = new InMemoryStore();
    RegistryService registry = RegistryService.builder().store(store).build();
    PublishReport published = registry.publish(SAMPLE, false);
    assertThat(published.stored()).as(published.gates().toString()).isTrue();
    String product = published.record().orElseThrow().fqn();
    String prefix = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    KafkaTopicProvisioner topics = KafkaTopicProvisioner.builder().bootstrapServers(Broker.bootstrapServers())
        .topicPrefix(prefix).build();
    RecordingAdapters others = new RecordingAdapters();
    DeploymentService deployer = DeploymentService.builder().store(store).registry(registry).build(others)
        .provision(topics).meta(others).integration(others).task(others).build();

    DeploymentReport deployed = deployer.deploy(new DeployRequest(product, "1.0.0", "dev", "e2e", Secrets.none()));

    assertThat(deployed.succeeded()).as(deployed.problems().toString()).isTrue();
    assertThat(KafkaTopicProvisionerTest.topics(prefix)).containsOnlyKeys(prefix + "fleet.trip-events",
        prefix + "fleet.trip-position", prefix + "fleet.trip-status");
    ResolvedDescriptor descriptor = registry.descriptor(product, "1.0.0").orElseThrow();
    List<Port> outputs = descriptor.descriptor().interfaceComponents().orElseThrow().outputPorts();
    assertThat(outputs).hasSize(2);
    for (int i = 0; i < outputs.size(); i++) {
      Api api = Api.of(descriptor, "/interfaceComponents/outputPorts/" + i).orElseThrow();
      String topic = prefix + api.definition().node().path("channels").fieldNames().next();
      Schema schema = new Schema.Parser().parse(api.payloads().get(0).schema().node().toString());
      GenericRecord event = sample(schema);

      produce(topic, event);
      GenericRecord read = consumeOne(topic, schema);

      assertThat(read).isEqualTo(event);
      System.out.println("produced and read back on " + topic + ": " + read);
    }
  }

  /** A CloudEvent of {@code schema}: every field filled, the CloudEvents attributes as the spec wants them. */
  static GenericRecord sample(Schema schema) {
    GenericRecord record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.name(), switch (field.name()) {
        case "id" -> UUID.randomUUID().toString();
        case "source" -> "/vehicles/TRK-1042";
        case "specversion" -> "1.0";
        case "type" -> "com.acmelogistics." + schema.getName().toLowerCase(java.util.Locale.ROOT);
        default -> value(field.schema());
      });
    }
    return record;
  }

  private static Object value(Schema schema) {
    return switch (schema.getType()) {
      case STRING -> "TRIP-7";
      case INT -> 7;
      case LONG -> 1_764_806_400_000L;
      case FLOAT -> 1.5f;
      case DOUBLE -> 45.07;
      case BOOLEAN -> true;
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
      case RECORD -> sample(schema);
      case UNION -> value(schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst()
          .orElseThrow());
      case ARRAY -> new GenericData.Array<>(0, schema);
      case MAP -> Map.of();
      case BYTES -> java.nio.ByteBuffer.wrap(new byte[] {1});
      case FIXED -> new GenericData.Fixed(schema, new byte[schema.getFixedSize()]);
      case NULL -> null;
    };
  }

  private static void produce(String topic, GenericRecord event) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(event.getSchema()).write(event, encoder);
    encoder.flush();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
        Broker.bootstrapServers(), "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
      ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, "TRIP-7".getBytes(StandardCharsets.UTF_8),
          bytes.toByteArray());
      record.headers().add("content-type", "application/avro".getBytes(StandardCharsets.UTF_8));
      producer.send(record).get(30, TimeUnit.SECONDS);
    }
  }

  private static GenericRecord consumeOne(String topic, Schema schema) throws Exception {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
        Broker.bootstrapServers(), "auto.offset.reset", "earliest"), new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          return new GenericDatumReader<GenericRecord>(schema).read(null,
              DecoderFactory.get().binaryDecoder(record.value(), null));
        }
      }
      throw new AssertionError("nothing read from " + topic);
    }
  }
}
