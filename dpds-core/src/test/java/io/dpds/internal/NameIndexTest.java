package io.dpds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name's position, found by reference or by value, and -1 for any other name. */
class NameIndexTest {

  @Test
  void findsEachNameAtItsPositionByReferenceAndByValue() {
    List<String> names = List.of("name", "version", "promises", "$ref", "x-extra");
    NameIndex index = new NameIndex(names);
    for (int i = 0; i < names.size(); i++) {
      assertThat(index.of(names.get(i))).isEqualTo(i);
      assertThat(index.of(new String(names.get(i).toCharArray()))).as("a copy of %s", names.get(i)).isEqualTo(i);
    }
    assertThat(index.of("Name")).isEqualTo(-1);
    assertThat(index.of("")).isEqualTo(-1);
    assertThat(index.of("versions")).isEqualTo(-1);
  }

  @Test
  void namesOfOneHashAreEachFoundAndTheFirstOfTwoEqualNamesKeepsItsPosition() {
    List<String> names = new ArrayList<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa")); // equal hash codes
    names.add("Aa");
    NameIndex index = new NameIndex(names);
    for (int i = 0; i < 6; i++) {
      assertThat(index.of(names.get(i))).isEqualTo(i);
    }
    assertThat(index.of("AaAaAa")).isEqualTo(-1);
  }

  @Test
  void anIndexOfNoNameFindsNothing() {
    assertThat(new NameIndex(List.of()).of("name")).isEqualTo(-1);
  }

  @Test
  void manyNamesAreAllFound() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      names.add("field" + i);
    }
    NameIndex index = new NameIndex(names);
    for (int i = 0; i < names.size(); i++) {
      assertThat(index.of("field" + i)).isEqualTo(i);
    }
    assertThat(index.of("field200")).isEqualTo(-1);
  }
}
