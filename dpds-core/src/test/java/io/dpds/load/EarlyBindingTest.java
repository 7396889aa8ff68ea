package io.dpds.load;

import static io.dpds.load.LargeDocuments.large;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.internal.LoadedObject;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.InterfaceComponents;
import io.dpds.model.ModelJson;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers bind each port of a large DPDS document's interface components as they complete it, and the model's lists
 * take that object: the same descriptor as binding the resolved tree afterwards, wherever a port ends up. The documents
 * here are made large by an extension of one mebibyte.
 */
class EarlyBindingTest {

  private static final String ROOT = "mem://p/root";

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void eachPortIsTheObjectBoundAsItWasRead(String format) {
    String json = """
        {"dataProductDescriptor": "1.0.0", "interfaceComponents": {
          "outputPorts": [{"name": "a", "version": "1.0.0", "promises": {"platform": "kafka"}}, {"name": "b"}],
          "inputPorts": [{"name": "c", "x-note": [1, 2]}]}}""";
    ResolvedDescriptor resolved = load(Map.of(ROOT, large(format, json)));
    InterfaceComponents ports = resolved.descriptor().interfaceComponents().orElseThrow();

    assertThat(ports.outputPorts().get(0)).isSameAs(early(resolved, "/interfaceComponents/outputPorts/0"));
    assertThat(ports.outputPorts().get(1)).isSameAs(early(resolved, "/interfaceComponents/outputPorts/1"));
    assertThat(ports.inputPorts().get(0)).isSameAs(early(resolved, "/interfaceComponents/inputPorts/0"))
        .satisfies(port -> assertThat(port.kind()).isEqualTo(PortKind.INPUT));
    assertThat(resolved.descriptor()).isEqualTo(ModelJson.toDescriptor(resolved.tree()));
    assertThat(ports.outputPorts().get(0).promises().orElseThrow().platform()).contains("kafka");
  }

  @Test
  void aLoaderThatDoesNotBindWhileReadingBindsEachPortWhenItsListHandsItOut() {
    String json = "{\"interfaceComponents\": {\"outputPorts\": [{\"name\": \"a\"}]}}";
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(ROOT, large(json))))
        .bindWhileReading(false).build().load(URI.create(ROOT));
    ResolvedDescriptor resolved = loaded.resolved().orElseThrow();

    assertThat(early(resolved, "/interfaceComponents/outputPorts/0")).isNull();
    assertThat(resolved.descriptor()).isEqualTo(load(Map.of(ROOT, large(json))).descriptor());
    assertThat(resolved.descriptor().interfaceComponents().orElseThrow().outputPorts().get(0).name()).contains("a");
  }

  @Test
  void onlyTheItemsOfPortListsAreBoundAsTheyAreRead() {
    ResolvedDescriptor resolved = load(Map.of(ROOT, large("""
        {"interfaceComponents": {"outputPorts": {"x": {"name": "in an object"}}, "x-ports": [{"name": "x"}],
           "inputPorts": [{"name": "a port"}]},
         "internalComponents": {"applicationComponents": [{"name": "app"}]},
         "outputPorts": [{"name": "at the root"}],
         "x-deep": {"interfaceComponents": {"outputPorts": [{"n": 1}]}}}""")));

    assertThat(early(resolved, "/interfaceComponents/inputPorts/0")).isNotNull();
    assertThat(early(resolved, "/interfaceComponents/outputPorts/x")).isNull();
    assertThat(early(resolved, "/interfaceComponents/x-ports/0")).isNull();
    assertThat(early(resolved, "/internalComponents/applicationComponents/0")).isNull();
    assertThat(early(resolved, "/outputPorts/0")).isNull();
    assertThat(early(resolved, "/x-deep/interfaceComponents/outputPorts/0")).isNull();
    assertThat(resolved.descriptor()).isEqualTo(ModelJson.toDescriptor(resolved.tree()));
  }

  @Test
  void aPortWithAFollowedReferenceIsBoundFromTheResolvedCopy() {
    ResolvedDescriptor resolved = load(Map.of(
        ROOT, large("""
            {"interfaceComponents": {"outputPorts": [{"name": "a", "promises": {"$ref": "promises.json"}}]}}"""),
        "mem://p/promises.json", "{\"platform\": \"kafka\"}"));
    Port port = resolved.descriptor().interfaceComponents().orElseThrow().outputPorts().get(0);

    assertThat(port.promises().orElseThrow().platform()).contains("kafka");
    assertThat(port.promises().orElseThrow().reference()).isEmpty();
    assertThat(resolved.descriptor()).isEqualTo(ModelJson.toDescriptor(resolved.tree()));
  }

  @Test
  void aPortReferencedFromAListOfAnotherKindIsAPortOfThatKind() {
    ResolvedDescriptor resolved = load(Map.of(ROOT, large("""
        {"interfaceComponents": {"outputPorts": [{"name": "shared"}],
          "inputPorts": [{"$ref": "#/interfaceComponents/outputPorts/0"}]}}""")));
    InterfaceComponents ports = resolved.descriptor().interfaceComponents().orElseThrow();

    assertThat(ports.inputPorts().get(0).kind()).isEqualTo(PortKind.INPUT);
    assertThat(ports.inputPorts().get(0).name()).contains("shared");
    assertThat(ports.outputPorts().get(0).kind()).isEqualTo(PortKind.OUTPUT);
    assertThat(resolved.descriptor()).isEqualTo(ModelJson.toDescriptor(resolved.tree()));
  }

  @Test
  void aDescriptorBoundAsAuthoredKeepsItsStubs() {
    Map<String, String> docs = Map.of(ROOT, large("""
        {"interfaceComponents": {"outputPorts": [{"$ref": "port.json"}, {"name": "b"}]}}"""));
    DataProductDescriptor authored = DescriptorLoader.builder().loader(ResourceLoader.inMemory(docs))
        .resolveReferences(false).build().load(URI.create(ROOT)).descriptor().orElseThrow();

    Port stub = authored.interfaceComponents().orElseThrow().outputPorts().get(0);
    assertThat(stub.reference().orElseThrow().ref()).contains("port.json");
    assertThat(authored.interfaceComponents().orElseThrow().outputPorts().get(1).name()).contains("b");
  }

  @Test
  void theReadersLeaveTheBindingOfADocumentUnderAMebibyteToTheModel() {
    String json = "{\"interfaceComponents\": {\"outputPorts\": [{\"name\": \"a\"}]}}";
    String padded = large(json);
    String justUnder = padded.replace("\"x-padding\": \"a", "\"x-padding\": \"");

    assertThat(justUnder).hasSize(ReadOptions.LARGE_DOCUMENT_BYTES - 1);
    assertThat(early(load(Map.of(ROOT, justUnder)), "/interfaceComponents/outputPorts/0")).isNull();
    assertThat(early(load(Map.of(ROOT, padded)), "/interfaceComponents/outputPorts/0")).isNotNull();
    assertThat(load(Map.of(ROOT, json)).descriptor().interfaceComponents().orElseThrow().outputPorts().get(0).name())
        .contains("a");
  }

  private static ResolvedDescriptor load(Map<String, String> documents) {
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(documents)).build()
        .load(URI.create(ROOT));
    assertThat(loaded.diagnostics()).isEmpty();
    return loaded.resolved().orElseThrow();
  }

  private static @Nullable Object early(ResolvedDescriptor resolved, String pointer) {
    JsonNode node = resolved.tree().at(pointer);
    assertThat(node.isObject()).as(pointer).isTrue();
    return node instanceof LoadedObject read ? read.earlyBound() : null;
  }
}
