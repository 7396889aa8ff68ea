package io.dpds.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMapTest {

  private static Map<String, Object> ordered(int size) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = size; i > 0; i--) {
      map.put("field" + i, i % 2 == 0 ? "text " + i : List.of(i));
    }
    return map;
  }

  @Test
  void aCopyKeepsTheOrderAndIsEqualToTheMapItCopiesAtEverySize() {
    for (int size : new int[] {0, 1, 7, FieldMap.ARRAYS, FieldMap.ARRAYS + 1, 40}) {
      Map<String, Object> source = ordered(size);
      Map<String, Object> copy = FieldMap.copyOf(source);
      assertThat(copy).as("size " + size).isEqualTo(source).hasSameHashCodeAs(source);
      assertThat(copy.keySet()).containsExactlyElementsOf(source.keySet());
      assertThat(copy.toString()).isEqualTo(source.toString());
    }
  }

  @Test
  void aBuiltMapFindsKeysThatAreNotTheSameStringInstance() {
    FieldMap.Builder builder = new FieldMap.Builder(2);
    builder.add("name", "a");
    builder.add("version", "1.0.0");
    builder.add("tags", List.of("x"));
    Map<String, Object> map = builder.build();
    String name = new String("name".toCharArray());
    assertThat(map.get(name)).isEqualTo("a");
    assertThat(map.containsKey(new String("tags".toCharArray()))).isTrue();
    assertThat(map.get("absent")).isNull();
    assertThat(map.get(3)).isNull();
    assertThat(map).containsExactly(Map.entry("name", "a"), Map.entry("version", "1.0.0"),
        Map.entry("tags", List.of("x")));
  }

  @Test
  void everyLookupAgreesWithAnOrdinaryMapForNamesPresentAndAbsent() {
    for (int size : new int[] {1, 5, FieldMap.ARRAYS}) {
      Map<String, Object> source = ordered(size);
      Map<String, Object> copy = FieldMap.copyOf(source);
      for (int i = 0; i < 2_000; i++) { // many absent names share a present one's bit of the mask; each must miss
        String name = new String(("field" + i).toCharArray()); // never the instance the map holds
        assertThat(copy.get(name)).as(name + " of " + size).isEqualTo(source.get(name));
        assertThat(copy.containsKey(name)).as(name + " of " + size).isEqualTo(source.containsKey(name));
      }
      assertThat(copy.get("")).isNull();
    }
  }

  @Test
  void itCannotBeChanged() {
    Map<String, Object> map = FieldMap.copyOf(ordered(3));
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("field1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).hasSize(3);
  }
}
