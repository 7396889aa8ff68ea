package io.dpds.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.internal.LoadedObject;
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
  void theObjectsOfAListLeftRawCanBeBoundOneByOne() throws Exception {
    JsonNode json = JSON.readTree("{\"name\": \"loader\", \"version\": \"1.0.0\", \"x-team\": \"fleet\"}");

    ApplicationComponent application = ModelJson.toObjectSharing(ApplicationComponent.class, json);

    assertThat(application.name()).contains("loader");
    assertThat(application.toJson()).isEqualTo(json);
    assertThatThrownBy(() -> ModelJson.toObjectSharing(Port.class, json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toPortSharing");
    assertThatThrownBy(() -> ModelJson.toObjectSharing(LifecycleTask.class, JSON.readTree("7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Lifecycle Task Info Object is a JSON object, not NUMBER");
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

  @Test
  void anItemBoundAsItWasReadIsTakenWhenItHasTheListsShapeAndBoundAnewOtherwise() {
    Port early = ModelJson.toPortSharing(PortKind.OUTPUT, port(0).toJson());
    Port ofAnotherKind = ModelJson.toPortSharing(PortKind.INPUT, port(1).toJson());
    ObjectNode tree = JSON.createObjectNode();
    tree.putObject("interfaceComponents").putArray("outputPorts")
        .add(new ReadNode(port(0).toJson(), early))
        .add(new ReadNode(port(1).toJson(), ofAnotherKind))
        .add(new ReadNode(port(2).toJson(), "not a model object"));
    List<Port> ports = ModelJson.toDescriptorSharing(tree).interfaceComponents().orElseThrow().outputPorts();

    assertThat(ports.get(0)).isSameAs(early);
    assertThat(ports.get(1)).isNotSameAs(ofAnotherKind).isEqualTo(port(1))
        .satisfies(port -> assertThat(port.kind()).isEqualTo(PortKind.OUTPUT));
    assertThat(ports.get(2)).isEqualTo(port(2));
  }

  @Test
  void aPortIsBoundAloneAsItIsInAList() {
    ObjectNode json = port(3).toJson();

    assertThat(ModelJson.toPortSharing(PortKind.OUTPUT, json)).isEqualTo(port(3))
        .satisfies(port -> assertThat(port.promises().orElseThrow().platform()).contains("kafka"));
    assertThat(ModelJson.toPortSharing(PortKind.CONTROL, json).kind()).isEqualTo(PortKind.CONTROL);
    assertThatThrownBy(() -> ModelJson.toPortSharing(PortKind.OUTPUT, JSON.createArrayNode()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a port is a JSON object, not ARRAY");
  }

  /** An object node as a reader makes it, carrying what it bound as it read the node. */
  private static final class ReadNode extends ObjectNode implements LoadedObject {
    private final transient Object bound;

    ReadNode(ObjectNode members, Object bound) {
      super(JSON.getNodeFactory());
      setAll(members);
      this.bound = bound;
    }

    @Override
    public Object earlyBound() {
      return bound;
    }

    @Override
    public int indexedCount() {
      return -1; // read through fields()
    }

    @Override
    public String memberName(int i) {
      throw new IndexOutOfBoundsException(i);
    }

    @Override
    public JsonNode memberValue(int i) {
      throw new IndexOutOfBoundsException(i);
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
