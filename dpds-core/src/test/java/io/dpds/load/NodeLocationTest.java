package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A container, a member of an object or an item of an array, located from its node gives what locating its pointer
 * gives, in every kind of place: read from JSON or YAML, kept or not, in a referenced document, in an object the
 * resolver made.
 */
class NodeLocationTest {

  private static final URI ROOT = URI.create("mem://n/root");

  private static final String ROOT_JSON = "{\n  \"dataProductDescriptor\": \"1.0.0\",\n  \"info\": {\"name\": \"n\","
      + " \"a/b~c\": {\"x\": [1, {\"y\": 2}]}, \"tags\": [\"t\"]},\n  \"interfaceComponents\": {\"outputPorts\": [\n"
      + "    {\"$ref\": \"port.json\", \"description\": \"overridden\"},\n    {\"name\": \"inline\", \"promises\":"
      + " {\"$ref\": \"promises.json\"}}\n  ]}\n}";
  private static final String PROMISES_JSON = "{\"api\": {\"definition\": \"text\"}}";
  private static final String PORT_JSON = "{\"name\": \"p1\",\n \"description\": \"own\",\n \"promises\": {\"slo\":"
      + " {\"definition\": {\"k\": [true, null]}}}}";
  private static final String ROOT_YAML = """
      dataProductDescriptor: 1.0.0
      info:
        name: n
        a/b~c: {x: [1, {y: 2}]}
      interfaceComponents:
        outputPorts:
          - {$ref: port.yaml, description: overridden}
          - name: inline
            promises: {$ref: promises.yaml}
      """;
  private static final String PROMISES_YAML = "api: {definition: text}\n";
  private static final String PORT_YAML = """
      name: p1
      description: own
      promises:
        slo:
          definition: {k: [true, null]}
      """;

  @ParameterizedTest
  @ValueSource(strings = {"json, kept", "json", "yaml"})
  void everyContainerAndMemberLocatedFromItsNodeIsWhereItsPointerLeads(String kind) {
    boolean yaml = kind.startsWith("yaml");
    String ext = yaml ? ".yaml" : ".json";
    ResolvedDescriptor resolved = DescriptorLoader.builder().keepSources(kind.endsWith("kept"))
        .loader(ResourceLoader.inMemory(Map.of(ROOT + ext, yaml ? ROOT_YAML : ROOT_JSON,
            "mem://n/port" + ext, yaml ? PORT_YAML : PORT_JSON, "mem://n/promises" + ext,
            yaml ? PROMISES_YAML : PROMISES_JSON)))
        .build().load(URI.create(ROOT + ext)).resolved().orElseThrow();

    List<Map.Entry<String, JsonNode>> containers = new ArrayList<>();
    containers("", resolved.tree(), containers);
    int locatedFromNode = 0;
    for (var container : containers) {
      String pointer = container.getKey();
      JsonNode node = container.getValue();
      Optional<SourceLocation> own = resolved.locate(node);
      if (own.isPresent()) {
        locatedFromNode++;
        assertThat(own).as(pointer).isEqualTo(resolved.locate(pointer));
      }
      List<String> names = new ArrayList<>();
      if (node.isObject()) {
        node.fieldNames().forEachRemaining(names::add);
        names.add("absent");
      } else {
        for (int i = 0; i <= node.size(); i++) { // one past the last item too
          names.add(Integer.toString(i));
        }
      }
      for (String name : names) {
        String member = pointer + "/" + Pointers.escape(name);
        resolved.locate(node, name).ifPresent(location ->
            assertThat(location).as(member).isEqualTo(resolved.locate(member).orElseThrow()));
        assertThat(resolved.locate(node, name).isPresent()).as(member).isEqualTo(own.isPresent());
      }
    }
    assertThat(locatedFromNode).as("containers whose origin the source map knows").isGreaterThan(containers.size() / 2);
    assertThat(resolved.locate(resolved.tree().at("/interfaceComponents/outputPorts/0/promises"), "slo").orElseThrow()
        .uri().toString()).as("a member of a referenced document, in its file").isEqualTo("mem://n/port" + ext);
    assertThat(resolved.locate(resolved.tree().at("/interfaceComponents/outputPorts/1"), "promises").orElseThrow()
        .uri().toString()).as("a member whose value a reference brought: where the value was written")
        .isEqualTo("mem://n/promises" + ext);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, MemberMap.ARRAYS, MemberMap.ARRAYS + 1, 40})
  void aMemberOfAnObjectOfAnySizeIsLocatedFromItsObject(int members) {
    StringBuilder json = new StringBuilder("{\"dataProductDescriptor\": \"1.0.0\", \"info\": {");
    for (int i = 0; i < members; i++) {
      json.append(i == 0 ? "" : ",").append("\n  \"m").append(i).append("\": ").append(i);
    }
    json.append("}}");
    ResolvedDescriptor resolved = DescriptorLoader.builder()
        .loader(ResourceLoader.inMemory(Map.of(ROOT + ".json", json.toString())))
        .build().load(URI.create(ROOT + ".json")).resolved().orElseThrow();
    JsonNode info = resolved.tree().get("info");

    for (int i = 0; i < members; i++) {
      int line = 2 + i;
      assertThat(resolved.locate(info, "m" + i)).as("m" + i).isEqualTo(resolved.locate("/info/m" + i))
          .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(line));
    }
    assertThat(resolved.locate(info, "absent")).isEqualTo(resolved.locate(info));
  }

  @Test
  void aNodeOfAnotherTreeIsNotLocated() {
    ResolvedDescriptor resolved = DescriptorLoader.builder()
        .loader(ResourceLoader.inMemory(Map.of(ROOT + ".json", ROOT_JSON, "mem://n/port.json", PORT_JSON,
            "mem://n/promises.json", PROMISES_JSON)))
        .build().load(URI.create(ROOT + ".json")).resolved().orElseThrow();
    JsonNode foreign = JsonNodeFactory.instance.objectNode().put("name", "n");

    assertThat(resolved.locate(foreign)).isEmpty();
    assertThat(resolved.locate(foreign, "name")).isEmpty();
  }

  private static void containers(String pointer, JsonNode node, List<Map.Entry<String, JsonNode>> out) {
    if (!node.isContainerNode()) {
      return;
    }
    out.add(Map.entry(pointer, node));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        containers(pointer + "/" + i, node.get(i), out);
      }
    } else {
      node.fields().forEachRemaining(member ->
          containers(pointer + "/" + Pointers.escape(member.getKey()), member.getValue(), out));
    }
  }
}
