package io.dpds.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Descriptors and policy files written in tests. */
final class PolicyFixture {

  /**
   * A product with a streaming output port (AsyncAPI, Avro CloudEvents payload in a file beside it), a REST output
   * port (OpenAPI) and a streaming input port whose API is OpenAPI with a JSON payload (it fails the seed policies).
   */
  static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:fleet:1
        name: fleet
        version: 1.4.2
        domain: logistics
        owner: {id: fleet@example.org}
      interfaceComponents:
        inputPorts:
          - name: events
            version: 1.0.0
            promises:
              servicesType: streaming-services
              api:
                name: eventsApi
                version: 1.0.0
                specification: openapi
                definition:
                  openapi: 3.0.3
                  paths:
                    /events:
                      post:
                        requestBody:
                          content:
                            application/json:
                              schema: {type: object, properties: {id: {type: string}}}
        outputPorts:
          - name: trips
            version: 2.1.0
            promises:
              servicesType: streaming-services
              api:
                name: tripsApi
                version: 1.0.0
                specification: asyncapi
                definition:
                  asyncapi: 2.6.0
                  channels:
                    fleet.trips:
                      subscribe:
                        message:
                          name: Trip
                          schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                          payload: {$ref: trip.avsc}
              slo: {name: tripsSlo, version: 1.0.0, definition: {latency: 1s}}
              deprecationPolicy: {name: tripsDeprecation, version: 1.0.0, definition: {period: P3M}}
          - name: status
            version: 1.0.0
            promises:
              servicesType: rest-services
              api: {name: statusApi, version: 1.0.0, specification: openapi, definition: {openapi: 3.1.0}}
      internalComponents:
        lifecycleInfo:
          dev:
            - name: deploy
              configurations:
                workspace: fleet-dev
                kafka_api_key: $ENV{KAFKA_API_KEY}
                kafka_api_secret: ${KAFKA_API_SECRET}
      """;

  static final String TRIP_AVSC = """
      {"type": "record", "name": "Trip", "fields": [
        {"name": "id", "type": "string"}, {"name": "source", "type": "string"},
        {"name": "specversion", "type": "string"}, {"name": "type", "type": "string"},
        {"name": "data", "type": "string"}]}
      """;

  private final Path dir;
  private int written;

  PolicyFixture(Path dir) {
    this.dir = dir;
  }

  Path write(String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The descriptor {@code yaml} (with trip.avsc beside it), loaded, as the input of a version publication. */
  PolicyInput input(String yaml) {
    write("trip.avsc", TRIP_AVSC);
    Path file = write("descriptor" + (++written) + ".yaml", yaml);
    LoadResult loaded = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT).build().load(file);
    assertThat(loaded.diagnostics()).as("fixture loads cleanly").isEmpty();
    ResolvedDescriptor resolved = loaded.resolved().orElseThrow();
    return PolicyInput.of(PolicyEvent.VERSION_PUBLICATION, resolved);
  }

  PolicyInput input() {
    return input(DESCRIPTOR);
  }
}
