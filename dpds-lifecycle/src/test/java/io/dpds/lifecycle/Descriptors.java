package io.dpds.lifecycle;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import java.net.URI;
import java.util.Map;

/** Descriptors for lifecycle tests, written in YAML and loaded from memory. */
public final class Descriptors {

  public static final String NAMESPACE = "urn:dpds:com.acme:dataproducts:trips:";

  private Descriptors() {}

  /** Loads {@code yaml}; fails the test when it does not load. */
  public static ResolvedDescriptor load(String yaml) {
    URI uri = URI.create("mem://test/descriptor.yaml");
    LoadResult result = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), yaml)))
        .build().load(uri);
    return result.resolved().orElseThrow(() -> new AssertionError("does not load: " + result.diagnostics()));
  }

  /**
   * A valid product {@code trips} at {@code version} whose output port {@code events} promises an OpenAPI definition
   * kept in {@code components.apis} and referenced from its {@code promises.api} (a lenient extension of the spec):
   * the paths {@code /trips} and, unless {@code withoutPositions}, {@code /positions}.
   */
  public static String apiInComponents(String version, boolean withoutPositions) {
    String yaml = """
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1
          name: trips
          version: %s
          domain: transport
          owner: {id: owner@acme.com}
        interfaceComponents:
          outputPorts:
            - name: events
              version: 1.0.0
              promises:
                api: {$ref: '#/components/apis/eventsApi'}
        components:
          apis:
            eventsApi:
              name: eventsApi
              version: 1.0.0
              specification: openapi
              specificationVersion: 3.0.3
              definition:
                openapi: 3.0.3
                info: {title: events, version: 1.0.0}
                paths:
                  /trips: {get: {responses: {'200': {description: ok}}}}
                  /positions: {get: {responses: {'200': {description: ok}}}}
        """.formatted(version);
    return withoutPositions ? yaml.replaceAll(" +/positions: .*\n", "") : yaml;
  }

  /**
   * A valid product {@code trips} at {@code version}: one output port, two applications ({@code ingest} depends on
   * the infrastructure {@code topics}, {@code report} on {@code ingest}), two infrastructural components
   * ({@code topics} depends on {@code cluster}), and the stages {@code dev} (two tasks) and {@code prod}.
   */
  public static String trips(String version) {
    String major = version.substring(0, version.indexOf('.'));
    String fqn = NAMESPACE + major;
    return """
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: %1$s
          name: trips
          version: %2$s
          domain: logistics
          owner: {id: fleet@acme.com, name: Fleet team}
        interfaceComponents:
          outputPorts:
            - fullyQualifiedName: %1$s:outputports:status
              name: status
              version: %2$s
              promises:
                platform: kafka
                servicesType: streaming-services
                api:
                  name: statusApi
                  version: 1.0.0
                  specification: asyncapi
                  specificationVersion: 2.6.0
                  definition:
                    asyncapi: 2.6.0
                    info: {title: status, version: 1.0.0}
                    channels:
                      status:
                        subscribe:
                          message:
                            payload: {type: object, properties: {id: {type: string}}}
        internalComponents:
          applicationComponents:
            - fullyQualifiedName: %1$s:applications:ingest
              name: ingest
              version: 1.0.0
              dependsOn: [%1$s:infrastructure:topics]
            - fullyQualifiedName: %1$s:applications:report
              name: report
              version: 1.0.0
              dependsOn: [%1$s:applications:ingest]
          infrastructuralComponents:
            - fullyQualifiedName: %1$s:infrastructure:topics
              name: topics
              version: 1.0.0
              dependsOn: [%1$s:infrastructure:cluster]
            - fullyQualifiedName: %1$s:infrastructure:cluster
              name: cluster
              version: 1.0.0
          lifecycleInfo:
            dev:
              - name: smokeTest
                service: {$href: "{ci}"}
                configurations: {suite: smoke}
              - name: migrate
                order: 1
                service: {$href: "{ci}"}
                configurations: {target: dev}
            prod:
              - name: migrate
                service: {$href: "{ci}"}
        """.formatted(fqn, version);
  }

  /**
   * A JSON Schema whose definitions each use the next one three times, {@code levels} deep: a few kilobytes written,
   * 3^levels nodes when its references are copied out.
   */
  static String reusingSchema(int levels) {
    StringBuilder defs = new StringBuilder("{\"$ref\": \"#/definitions/L0\", \"definitions\": {");
    for (int level = 0; level < levels; level++) {
      String next = "{\"$ref\": \"#/definitions/L" + (level + 1) + "\"}";
      defs.append("\"L").append(level).append("\": {\"allOf\": [").append(next).append(", ").append(next)
          .append("], \"properties\": {\"p\": ").append(next).append("}}, ");
    }
    return defs.append("\"L").append(levels).append("\": {\"type\": \"string\"}}}").toString();
  }
}
