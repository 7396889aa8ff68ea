package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.internal.LoadedObject;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link MemberMap} does what a {@link LinkedHashMap} does, operation for operation, below and above its arrays. */
class MemberMapTest {

  @Test
  void randomOperationsGiveWhatALinkedHashMapGives() {
    Random random = new Random(42);
    for (int run = 0; run < 300; run++) {
      MemberMap ours = new MemberMap();
      Map<String, JsonNode> reference = new LinkedHashMap<>();
      int names = 1 + random.nextInt(MemberMap.ARRAYS * 2);
      for (int step = 0; step < 200; step++) {
        String key = new String(("k" + random.nextInt(names)).toCharArray()); // equal, never the same instance
        JsonNode value = IntNode.valueOf(random.nextInt(5));
        String op;
        switch (random.nextInt(9)) {
          case 0, 1, 2 -> {
            op = "put";
            assertThat(ours.put(key, value)).isEqualTo(reference.put(key, value));
          }
          case 3 -> {
            op = "putIfAbsent";
            assertThat(ours.putIfAbsent(key, value)).isEqualTo(reference.putIfAbsent(key, value));
          }
          case 4 -> {
            op = "remove";
            assertThat(ours.remove(key)).isEqualTo(reference.remove(key));
          }
          case 5 -> {
            op = "iterator remove";
            removeEvery(ours.entrySet().iterator(), key);
            removeEvery(reference.entrySet().iterator(), key);
          }
          case 6 -> {
            op = "setValue";
            ours.entrySet().forEach(e -> e.setValue(e.getKey().equals(key) ? value : e.getValue()));
            reference.entrySet().forEach(e -> e.setValue(e.getKey().equals(key) ? value : e.getValue()));
          }
          case 7 -> {
            op = "keySet removeAll";
            assertThat(ours.keySet().removeAll(List.of(key))).isEqualTo(reference.keySet().removeAll(List.of(key)));
          }
          default -> {
            op = random.nextInt(20) == 0 ? "clear" : "read";
            if (op.equals("clear")) {
              ours.clear();
              reference.clear();
            }
          }
        }
        String at = "run " + run + ", step " + step + " (" + op + " " + key + ")";
        assertThat(ours.get(key)).as(at).isEqualTo(reference.get(key));
        String pointer = "/" + key + "/next";
        assertThat(ours.get(pointer, 1, 1 + key.length())).as(at).isEqualTo(reference.get(key));
        assertThat(ours.get(pointer, 1, key.length())).as(at).isEqualTo(reference.get(key.substring(0, key.length() - 1)));
        assertThat(ours.containsKey(key)).as(at).isEqualTo(reference.containsKey(key));
        assertThat(ours.size()).as(at).isEqualTo(reference.size());
        assertThat(new ArrayList<>(ours.entrySet())).as(at).isEqualTo(new ArrayList<>(reference.entrySet()));
        assertThat(ours).as(at).isEqualTo(reference).hasSameHashCodeAs(reference);
        assertThat(reference).as(at).isEqualTo(ours);
        assertThat(ours.toString()).as(at).isEqualTo(reference.toString());
        if (ours.indexed() >= 0) { // -1 once hashed, which a map stays
          assertThat(byPosition(ours)).as(at).isEqualTo(new ArrayList<>(reference.entrySet()));
        }
        List<String> visited = new ArrayList<>();
        ours.forEach((k, v) -> visited.add(k + v));
        List<String> expected = new ArrayList<>();
        reference.forEach((k, v) -> expected.add(k + v));
        assertThat(visited).as(at).isEqualTo(expected);
      }
    }
  }

  @Test
  void anObjectNodeOverItBehavesAsJacksonsOwn() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode ours = new ObjectNode(nodes, new MemberMap());
    ObjectNode jackson = nodes.objectNode();
    for (ObjectNode node : List.of(ours, jackson)) {
      for (int i = 0; i < MemberMap.ARRAYS + 3; i++) {
        node.put("f" + i, i);
      }
      node.remove("f3");
      node.putObject("nested").put("a", "b");
      node.retain("f1", "f2", "nested", "f14");
      node.without("f2");
    }
    assertThat(ours).isEqualTo(jackson);
    assertThat(ours.toString()).isEqualTo(jackson.toString());
    assertThat(ours.deepCopy()).isEqualTo(jackson);
  }

  @Test
  void aNodeOfALoadGivesItsMembersByPositionWhileTheyAreInArrays() {
    MemberMap members = new MemberMap();
    ObjectNode node = Origins.objectNode(JsonNodeFactory.instance, members);
    for (int i = 0; i <= MemberMap.ARRAYS; i++) {
      LoadedObject indexed = (LoadedObject) node;
      assertThat(indexed.indexedCount()).isEqualTo(i);
      List<Map.Entry<String, JsonNode>> read = new ArrayList<>();
      for (int k = 0; k < indexed.indexedCount(); k++) {
        read.add(Map.entry(indexed.memberName(k), indexed.memberValue(k)));
      }
      assertThat(read).isEqualTo(new ArrayList<>(node.properties()));
      node.put("f" + i, i);
    }
    assertThat(((LoadedObject) node).indexedCount()).as("hashed, past the arrays").isEqualTo(-1);
  }

  private static List<Map.Entry<String, JsonNode>> byPosition(MemberMap members) {
    List<Map.Entry<String, JsonNode>> read = new ArrayList<>();
    for (int i = 0; i < members.indexed(); i++) {
      read.add(new AbstractMap.SimpleImmutableEntry<>(members.key(i), members.value(i)));
    }
    return read;
  }

  private static void removeEvery(Iterator<Map.Entry<String, JsonNode>> it, String key) {
    while (it.hasNext()) {
      if (it.next().getKey().equals(key)) {
        it.remove();
      }
    }
  }
}
