package io.dpds.load;

import static io.dpds.load.LargeDocuments.large;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.internal.LoadedObject;
import io.dpds.model.ModelJson;
import io.dpds.model.Port;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load that reads ports ahead ({@link DescriptorLoader.Builder#readAheadPorts}) keeps, in each port of the interface
 * components of a DPDS document of 4 MiB or more that it does not bind as it reads, the nodes the port was read into,
 * until they are read ahead once; the model's list of ports reads the next port ahead as it binds one. {@link
 * LoadedObject#readAhead} counts the text nodes it read, which tells which nodes were kept. A port written as a
 * document of its own, referenced from a list of ports, keeps them when a document holding the whole list would be as
 * large.
 */
class ReadAheadTest {

  private static final String ROOT = "mem://p/root";
  private static final String PORTS = """
      {"dataProductDescriptor": "1.0.0", "interfaceComponents": {
        "outputPorts": [
          {"name": "a", "version": "1.0.0", "promises": {"platform": "kafka", "x-tags": ["t1", 2, true, null, "t2"]}},
          {"name": "b", "description": "second", "x-size": 1.5}],
        "inputPorts": [{"name": "c"}],
        "x-ports": [{"name": "not a port"}]},
       "internalComponents": {"applicationComponents": [{"name": "app"}]}}""";

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void eachPortKeepsTheNodesItWasReadIntoUntilTheyAreReadAhead(String format) {
    ResolvedDescriptor resolved = readingAhead(large(format, PORTS, ReadOptions.READ_AHEAD_BYTES));

    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/0")).isEqualTo(5); // a, 1.0.0, kafka, t1, t2
    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/0")).isZero(); // given up once read
    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/1")).isEqualTo(2);
    assertThat(readAhead(resolved, "/interfaceComponents/inputPorts/0")).isEqualTo(1);
    assertThat(readAhead(resolved, "/interfaceComponents/x-ports/0")).isZero();
    assertThat(readAhead(resolved, "/internalComponents/applicationComponents/0")).isZero();
    assertThat(readAhead(resolved, "/interfaceComponents")).isZero();
    assertThat(resolved.descriptor()).isEqualTo(ModelJson.toDescriptor(resolved.tree()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void theListOfPortsReadsTheNextPortAheadAsItBindsOne(String format) {
    ResolvedDescriptor resolved = readingAhead(large(format, PORTS, ReadOptions.READ_AHEAD_BYTES));
    List<Port> outputs = resolved.descriptor().interfaceComponents().orElseThrow().outputPorts();

    assertThat(outputs.get(0).name()).contains("a");
    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/1")).isZero(); // read ahead by get(0)
    assertThat(outputs.get(1).name()).contains("b");
    assertThat(outputs.get(1).description()).contains("second");
    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/0")).isEqualTo(5); // nothing reads the first
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void portsKeepNothingUnlessTheDocumentIsLargeAndItsPortsAreReadAheadInsteadOfBound(String format) {
    String large = large(format, PORTS, ReadOptions.READ_AHEAD_BYTES);
    String justUnder = large(format, PORTS, ReadOptions.READ_AHEAD_BYTES - 1);
    String pointer = "/interfaceComponents/outputPorts/0";

    assertThat(readAhead(load(large, b -> b), pointer)).isZero();
    assertThat(readAhead(load(large, b -> b.readAheadPorts(true)), pointer)).isZero(); // bound as read instead
    assertThat(readAhead(load(large, b -> b.bindWhileReading(false)), pointer)).isZero();
    assertThat(readAhead(readingAhead(justUnder), pointer)).isZero();
    assertThat(readAhead(readingAhead(large), pointer)).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void aPortWrittenAsADocumentKeepsItsNodesWhenItsListOfSuchPortsWouldMakeALargeDocument(String format) {
    String root = """
        {"dataProductDescriptor": "1.0.0", "interfaceComponents": {
          "outputPorts": [{"$ref": "mem://p/a"}, {"$ref": "mem://p/b"}],
          "inputPorts": [{"$ref": "mem://p/c"}, {"$ref": "mem://p/d#/port"}]},
         "components": {"outputPorts": {"e": {"$ref": "mem://p/e"}}}}""";
    int half = ReadOptions.READ_AHEAD_BYTES / 2; // two ports of half the size make a large list
    Map<String, String> documents = Map.of(ROOT, root,
        "mem://p/a", large(format, "{\"name\": \"a\", \"version\": \"1.0.0\"}", half),
        "mem://p/b", large(format, "{\"name\": \"b\"}", half),
        "mem://p/c", large(format, "{\"name\": \"c\"}", half - 1),
        "mem://p/d", large(format, "{\"port\": {\"name\": \"d\"}}", half),
        "mem://p/e", large(format, "{\"name\": \"e\"}", ReadOptions.READ_AHEAD_BYTES));

    ResolvedDescriptor resolved = load(documents, b -> b.bindWhileReading(false).readAheadPorts(true));

    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/0")).isEqualTo(3); // its padding, a, 1.0.0
    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/1")).isEqualTo(2);
    assertThat(readAhead(resolved, "/interfaceComponents/inputPorts/0")).isZero(); // the list would be just under
    assertThat(readAhead(resolved, "/interfaceComponents/inputPorts/1")).isZero(); // a part of a document
    assertThat(readAhead(resolved, "/components/outputPorts/e")).isZero(); // not in a list
    assertThat(readAhead(load(documents, b -> b.bindWhileReading(false)), "/interfaceComponents/outputPorts/0"))
        .isZero();
    assertThat(resolved.descriptor().interfaceComponents().orElseThrow().outputPorts().get(0).name()).contains("a");
    assertThat(readAhead(resolved, "/interfaceComponents/outputPorts/1")).isZero(); // read ahead by get(0)
  }

  private static ResolvedDescriptor readingAhead(String root) {
    return load(root, b -> b.bindWhileReading(false).readAheadPorts(true));
  }

  private static ResolvedDescriptor load(String root, UnaryOperator<DescriptorLoader.Builder> settings) {
    return load(Map.of(ROOT, root), settings);
  }

  private static ResolvedDescriptor load(Map<String, String> documents,
      UnaryOperator<DescriptorLoader.Builder> settings) {
    LoadResult loaded = settings.apply(DescriptorLoader.builder().loader(ResourceLoader.inMemory(documents)))
        .build().load(URI.create(ROOT));
    assertThat(loaded.diagnostics()).isEmpty();
    return loaded.resolved().orElseThrow();
  }

  private static int readAhead(ResolvedDescriptor resolved, String pointer) {
    JsonNode node = resolved.tree().at(pointer);
    assertThat(node.isObject()).as(pointer).isTrue();
    return ((LoadedObject) node).readAhead();
  }
}
