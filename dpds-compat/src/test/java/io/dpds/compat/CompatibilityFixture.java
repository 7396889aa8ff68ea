package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.load.Pointers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A descriptor with every kind of port and every promise, expectation and obligation, and the edits the compatibility
 * tests make to it. Versions are written as YAML files into a folder, so that findings carry lines.
 */
final class CompatibilityFixture {

  static final String BASE = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:fleet:1
        name: fleet
        version: 1.2.0
        domain: logistics
        owner: {id: owner@example.org, name: Owner}
        description: Fleet data
      interfaceComponents:
        inputPorts:
          - name: events
            version: 1.0.0
            promises: {platform: kafka, servicesType: streaming-services}
            obligations:
              sla: {name: eventsSla, version: 1.0.0, specification: custom, definition: {availability: 99.9}}
        outputPorts:
          - name: positions
            fullyQualifiedName: urn:dpds:org.example:dataproducts:fleet:1:outputports:positions
            version: 1.0.0
            description: Positions of vehicles
            promises:
              platform: kafka
              servicesType: streaming-services
              api:
                name: positionsApi
                version: 1.0.0
                specification: asyncapi
                specificationVersion: 2.6.0
                definition: {asyncapi: 2.6.0, info: {title: Positions, version: 1.0.0}, channels: {}}
              slo: {name: positionsSlo, version: 1.0.0, specification: custom, definition: {latency: 5s}}
              deprecationPolicy:
                name: positionsDeprecation
                version: 1.0.0
                specification: custom
                definition: {x-deprecation-period: 3M}
            expectations:
              audience: {name: positionsAudience, version: 1.0.0, specification: custom, definition: {teams: [ops]}}
              usage: {name: positionsUsage, version: 1.0.0, specification: custom, definition: {mode: read}}
            obligations:
              termsAndConditions: {name: terms, version: 1.0.0, specification: custom, definition: {text: t}}
              billingPolicy: {name: billing, version: 1.0.0, specification: custom, definition: {price: 0}}
              sla: {name: positionsSla, version: 1.0.0, specification: custom, definition: {availability: 99.9}}
          - name: status
            version: 1.0.0
        discoveryPorts: [{name: catalog, version: 1.0.0}]
        observabilityPorts: [{name: metrics, version: 1.0.0}]
        controlPorts: [{name: admin, version: 1.0.0}]
      internalComponents:
        applicationComponents: [{name: app, version: 1.0.0}]
      components:
        schemas: {position: {type: object}}
      """;

  static final String POSITIONS = "/interfaceComponents/outputPorts/0";
  static final String STATUS = "/interfaceComponents/outputPorts/1";
  static final String EVENTS = "/interfaceComponents/inputPorts/0";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private int written;

  CompatibilityFixture(Path dir) {
    this.dir = dir;
  }

  /** The base descriptor, edited, written to a new file. */
  Path version(Consumer<ObjectNode> edit) {
    return version(BASE, edit);
  }

  /** {@code yaml}, edited, written to a new file. */
  Path version(String yaml, Consumer<ObjectNode> edit) {
    try {
      ObjectNode tree = (ObjectNode) YAML.readTree(yaml);
      edit.accept(tree);
      Path file = dir.resolve("v" + (++written) + ".yaml");
      Files.writeString(file, YAML.writeValueAsString(tree));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The object at {@code pointer}. */
  static ObjectNode object(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  /** The array at {@code pointer}. */
  static ArrayNode array(JsonNode root, String pointer) {
    return (ArrayNode) root.at(pointer);
  }

  /** Sets the field at {@code pointer} (its parent must exist; tokens escaped as in JSON pointers) to YAML. */
  static void set(JsonNode root, String pointer, String yamlValue) {
    int slash = pointer.lastIndexOf('/');
    try {
      object(root, pointer.substring(0, slash)).set(token(pointer.substring(slash + 1)), YAML.readTree(yamlValue));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the field at {@code pointer}. */
  static void remove(JsonNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    object(root, pointer.substring(0, slash)).remove(token(pointer.substring(slash + 1)));
  }

  /** An escaped JSON pointer token as the field name it stands for. */
  private static String token(String escaped) {
    return Pointers.unescape(escaped);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
