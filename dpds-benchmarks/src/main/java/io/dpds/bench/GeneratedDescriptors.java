package io.dpds.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.load.Limits;
import io.dpds.load.ResourceLoader;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Realistic descriptors made in memory: output ports with promises (an inline AsyncAPI document with an Avro
 * payload), an SLO and a deprecation policy, an application, infrastructure, and a two-stage lifecycle.
 */
final class GeneratedDescriptors {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String BASE = "mem://bench/";

  /** What the ports of a generated descriptor are like. */
  enum Variant {
    /** Valid, no finding at all. */
    CLEAN,
    /** One finding per port: an unknown property, {@code descriptin}. */
    FINDINGS,
    /** DRAFT-shaped: {@code contracts}, and an API without a name whose version is AsyncAPI's. */
    DRAFT,
    /**
     * A dozen findings a port, as a descriptor fresh from a hand-edit has: misspelt and misplaced fields (with their
     * suggestions), values of the wrong type, a version that is no semantic version, a foreign FQN.
     */
    MANY
  }

  /** One document holding {@code ports} clean ports, in {@code yaml} or JSON. */
  static String singleFile(int ports, boolean yaml) {
    return singleFile(ports, yaml, Variant.CLEAN);
  }

  /** One document holding {@code ports} ports of {@code variant}, in {@code yaml} or JSON. */
  static String singleFile(int ports, boolean yaml, Variant variant) {
    ObjectNode root = root();
    ArrayNode outputs = root.with("interfaceComponents").putArray("outputPorts");
    for (int i = 0; i < ports; i++) {
      ObjectNode port = port(i);
      if (variant == Variant.FINDINGS) {
        port.put("descriptin", "a misspelt field");
      } else if (variant == Variant.DRAFT) {
        ObjectNode api = (ObjectNode) port.at("/promises/api");
        api.remove("name");
        api.remove("specificationVersion");
        api.put("version", "2.6.0");
        port.set("contracts", port.with("promises").remove("slo"));
      } else if (variant == Variant.MANY) {
        many(port, i);
      }
      outputs.add(port);
    }
    return write(root, yaml);
  }

  /** Makes {@code port}, the {@code i}th, a port with a dozen findings of {@link Variant#MANY}. */
  private static void many(ObjectNode port, int i) {
    port.put("descriptin", "a misspelt field").put("tag", "bench").put("servicesType", "streaming-services")
        .put("displayName", i).put("version", "1.0").put("fullyQualifiedName", "urn:dpds:org.other:port" + i);
    ((ArrayNode) port.get("tags")).add(i);
    ObjectNode promises = port.with("promises");
    promises.put("platfrom", "kafka").put("servicesType", 7);
    promises.with("slo").put("specificaton", "custom").put("version", true);
    promises.with("deprecationPolicy").remove("version");
  }

  /**
   * The next version of {@link #singleFile}{@code (ports, false)}: every tenth port's payload gains an optional field
   * and a new description, every fiftieth loses a field (a breaking change).
   */
  static String nextVersion(int ports) {
    ObjectNode root = root();
    ArrayNode outputs = root.with("interfaceComponents").putArray("outputPorts");
    for (int i = 0; i < ports; i++) {
      ObjectNode port = port(i);
      ArrayNode fields = (ArrayNode) port.at("/promises/api/definition/channels/topic." + i
          + "/subscribe/message/payload/fields");
      if (i % 10 == 0) {
        port.put("description", "Events of kind " + i + ", now with their region.");
        fields.addObject().put("name", "region").put("type", "string").put("default", "eu");
      }
      if (i % 50 == 0) {
        fields.remove(4);
      }
      outputs.add(port);
    }
    return write(root, false);
  }

  /** A root document and {@code files - 1} port documents it references, by URI under {@link #BASE}. */
  static Map<String, String> multiFile(int files) {
    Map<String, String> documents = new LinkedHashMap<>();
    ObjectNode root = root();
    ArrayNode outputs = root.with("interfaceComponents").putArray("outputPorts");
    for (int i = 0; i < files - 1; i++) {
      outputs.addObject().put("$ref", "ports/port" + i + ".json");
      documents.put(BASE + "ports/port" + i + ".json", write(port(i), false));
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(BASE + "root.json", write(root, false));
    all.putAll(documents);
    return all;
  }

  private static ObjectNode root() {
    ObjectNode root = NODES.objectNode();
    root.put("dataProductDescriptor", "1.0.0");
    ObjectNode info = root.putObject("info");
    info.put("fullyQualifiedName", "urn:dpds:com.acme:dataproducts:bench:1");
    info.put("name", "bench").put("version", "1.0.0").put("domain", "benchmarks");
    info.putObject("owner").put("id", "owner@acme.com").put("name", "Owner");
    ObjectNode internal = root.putObject("internalComponents");
    internal.putArray("applicationComponents").addObject().put("name", "processor").put("version", "1.0.0")
        .put("platform", "k8s").putArray("dependsOn").add("urn:dpds:com.acme:dataproducts:bench:1:infrastructure:db");
    internal.putArray("infrastructuralComponents").addObject().put("name", "db").put("version", "1.0.0")
        .put("infrastructureType", "storage-resource");
    ObjectNode lifecycle = internal.putObject("lifecycleInfo");
    for (String stage : new String[] {"dev", "prod"}) {
      ObjectNode task = lifecycle.putArray(stage).addObject().put("name", "deploy").put("order", 1);
      task.putObject("service").put("$href", "https://ci.acme.com");
      task.putObject("template").put("name", "deploy").put("version", "1.0.0").put("specification", "terraform")
          .put("specificationVersion", "1.6.0").put("definition", "terraform apply");
      task.putObject("configurations").put("workspace", stage);
    }
    return root;
  }

  private static ObjectNode port(int i) {
    ObjectNode port = NODES.objectNode();
    port.put("name", "port" + i).put("version", "1.0.0").put("displayName", "Port " + i)
        .put("description", "Events of kind " + i + ", one per change, ordered by time.");
    ObjectNode promises = port.putObject("promises");
    promises.put("platform", "kafka:eu-west-1").put("servicesType", "streaming-services");
    ObjectNode api = promises.putObject("api");
    api.put("name", "api" + i).put("version", "1.0.0").put("specification", "asyncapi")
        .put("specificationVersion", "2.6.0");
    ObjectNode asyncapi = api.putObject("definition");
    asyncapi.put("asyncapi", "2.6.0").putObject("info").put("title", "Port " + i).put("version", "1.0.0");
    ObjectNode message = asyncapi.putObject("channels").putObject("topic." + i).putObject("subscribe")
        .putObject("message");
    message.put("name", "Event" + i).put("schemaFormat", "application/vnd.apache.avro+json;version=1.9.0");
    ObjectNode payload = message.putObject("payload");
    payload.put("type", "record").put("name", "Event" + i).put("namespace", "com.acme.bench");
    ArrayNode fields = payload.putArray("fields");
    for (String field : new String[] {"id", "source", "subject", "status", "reason"}) {
      fields.addObject().put("name", field).put("type", "string");
    }
    fields.addObject().put("name", "at").putObject("type").put("type", "long").put("logicalType", "timestamp-millis");
    for (String kind : new String[] {"slo", "deprecationPolicy"}) {
      promises.putObject(kind).put("name", kind + i).put("version", "1.0.0").put("specification", "custom")
          .putObject("definition").put("value", "P3M");
    }
    port.putArray("tags").add("bench").add("streaming");
    return port;
  }

  /** Fails the benchmark set-up when a generated descriptor does not load without diagnostics. */
  static void requireClean(io.dpds.load.LoadResult result) {
    if (!result.diagnostics().isEmpty()) {
      throw new IllegalStateException("generated descriptor does not load cleanly: " + result.diagnostics());
    }
  }

  /** Fails the benchmark set-up when a generated descriptor is not valid without a single finding. */
  static void requireClean(ValidationReport report) {
    if (!report.diagnostics().isEmpty()) {
      throw new IllegalStateException("generated descriptor has findings: " + report.diagnostics());
    }
  }

  /**
   * Jackson's parser of the baseline, for JSON or YAML. The YAML one reads documents as large as the loader does by
   * default (SnakeYAML alone stops at 3 MB, below a YAML descriptor of 2,000 ports).
   */
  static ObjectMapper baselineParser(boolean yaml) {
    if (!yaml) {
      return new ObjectMapper();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Limits.DEFAULT.maxDocumentBytes());
    return new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
  }

  /** A validator with the default profile reading the given documents from memory. */
  static DescriptorValidator validator(Map<String, String> documents) {
    return DescriptorValidator.builder()
        .loader(loader -> loader.loader(ResourceLoader.inMemory(documents)))
        .build();
  }

  /** As {@link #validator(Map)}, allowing one load as many documents as given (the default limit is 1,000). */
  static DescriptorValidator validatorOfAll(Map<String, String> documents) {
    return DescriptorValidator.builder()
        .loader(loader -> loader.loader(ResourceLoader.inMemory(documents))
            .limits(io.dpds.load.Limits.DEFAULT.withMaxDocuments(Math.max(1_000, documents.size()))))
        .build();
  }

  private static String write(ObjectNode node, boolean yaml) {
    try {
      return (yaml ? new YAMLMapper() : new ObjectMapper()).writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private GeneratedDescriptors() {}
}
