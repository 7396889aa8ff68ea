package io.dpds.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Lists of objects are bound element by element when first read; nothing of that shows but in when it happens. */
class ObjectListTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aListBoundOnReadIsTheListBoundAtOnce() throws Exception {
    ObjectNode tree = descriptor(3);
    DataProductDescriptor read = ModelJson.toDescriptor(tree);
    List<Port> ports = read.interfaceComponents().orElseThrow().outputPorts();

    assertThat(ports).hasSize(3).isInstanceOf(ObjectList.class);
    assertThat(ports.get(1).name()).contains("port1");
    assertThat(ports.get(1)).as("bound once").isSameAs(ports.get(1));
    List<Port> built = List.of(port(0), port(1), port(2));
    assertThat(ports).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(read).isEqualTo(ModelJson.toDescriptor(tree)).hasSameHashCodeAs(ModelJson.toDescriptor(tree));
    assertThat(ModelJson.toJson(read)).isEqualTo(tree);
    assertThat(read.internalComponents().orElseThrow().lifecycleInfo().get("dev").get(0).name()).contains("deploy");
  }

  @Test
  void anItemThatIsNotAnObjectLeavesTheWholeListRawAndMistyped() {
    ObjectNode tree = descriptor(2);
    ((ArrayNode) tree.at("/interfaceComponents/outputPorts")).add("not a port");
    InterfaceComponents read = ModelJson.toDescriptor(tree).interfaceComponents().orElseThrow();

    assertThat(read.outputPorts()).isEmpty();
    assertThat(read.mistypedProperties()).containsOnlyKeys("outputPorts");
  }

  @Test
  void theListCannotBeChanged() {
    List<Port> ports = ModelJson.toDescriptor(descriptor(2)).interfaceComponents().orElseThrow().outputPorts();

    assertThatThrownBy(() -> ports.add(port(9))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ports.set(0, port(9))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ports.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ports.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void threadsReadingAnItemFirstAtOnceAllGetTheSameObject() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 50; round++) {
        List<Port> ports = ModelJson.toDescriptor(descriptor(64)).interfaceComponents().orElseThrow().outputPorts();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<Port>>> reads = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return new ArrayList<>(ports);
          }));
        }
        List<Port> first = reads.get(0).get();
        for (Future<List<Port>> read : reads) {
          List<Port> seen = read.get();
          for (int i = 0; i < first.size(); i++) {
            assertThat(seen.get(i)).isSameAs(first.get(i)).isSameAs(ports.get(i));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ObjectNode descriptor(int ports) {
    ObjectNode tree = JSON.createObjectNode().put("dataProductDescriptor", "1.0.0");
    ArrayNode out = tree.putObject("interfaceComponents").putArray("outputPorts");
    for (int i = 0; i < ports; i++) {
      out.add(port(i).toJson());
    }
    tree.putObject("internalComponents").putObject("lifecycleInfo").putArray("dev").addObject().put("name", "deploy");
    return tree;
  }

  private static Port port(int i) {
    JsonNode json = JSON.createObjectNode().put("name", "port" + i).put("version", "1.0.0")
        .set("promises", JSON.createObjectNode().put("platform", "kafka"));
    return Shapes.port(PortKind.OUTPUT).bind(json);
  }
}
