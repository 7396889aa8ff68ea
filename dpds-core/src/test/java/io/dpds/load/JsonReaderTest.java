package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.report.Diagnostic;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON reader keeps its working rows from one document to the next on a thread: nothing of one leaks. */
class JsonReaderTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  /** Wide and deep, then narrow with a duplicate key where the first document had other names. */
  private static final String FIRST = "{\"dataProductDescriptor\": \"1.0.0\", \"a\": {\"b\": {\"c\": [1, {\"d\": 2,"
      + " \"e\": 3, \"f\": 4, \"g\": 5, \"h\": 6, \"i\": 7, \"j\": 8, \"k\": 9, \"l\": 10, \"m\": 11, \"n\": 12,"
      + " \"o\": 13, \"p\": 14}]}, \"q\": true}, \"r\": [[[[[{\"s\": null}]]]]]}";
  private static final String SECOND = "{\"dataProductDescriptor\": \"1.0.0\", \"a\": {\"b\": {\"c\": [{\"x\": 1,"
      + " \"x\": 2}]}}, \"t\": {\"d\": 1}}";

  @Test
  void documentsReadOneAfterAnotherOnOneThreadAreEachReadWhole() throws Exception {
    DescriptorLoader loader = loader(Map.of("mem://p/first.json", FIRST, "mem://p/second.json", SECOND));

    for (int round = 0; round < 3; round++) {
      LoadResult first = loader.load(URI.create("mem://p/first.json"));
      LoadResult second = loader.load(URI.create("mem://p/second.json"));

      assertThat(first.resolved().orElseThrow().tree()).isEqualTo(JACKSON.readTree(FIRST));
      assertThat(first.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain(LoadRules.DUPLICATE_KEY.id());
      JsonNode tree = second.resolved().orElseThrow().tree();
      assertThat(tree.at("/a/b/c/0/x").intValue()).isEqualTo(1); // the first one is kept
      assertThat(tree.at("/a/b/c/0").size()).isEqualTo(1);
      assertThat(tree.path("t")).isEqualTo(JACKSON.readTree("{\"d\": 1}"));
      assertThat(second.diagnostics()).filteredOn(d -> d.ruleId().equals(LoadRules.DUPLICATE_KEY.id()))
          .singleElement().satisfies(d -> assertThat(d.message()).contains("'x'"));
    }
  }

  @Test
  void noNodeOfADocumentIsKeptOnceItIsRead() throws InterruptedException {
    WeakReference<JsonNode> read = new WeakReference<>(
        loader(Map.of("mem://p/first.json", FIRST)).load(URI.create("mem://p/first.json")).resolved().orElseThrow()
            .tree().at("/a/b/c/1"));

    for (int i = 0; i < 50 && read.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }

    assertThat(read.get()).as("a node of a document no one holds any more").isNull();
  }

  private static DescriptorLoader loader(Map<String, String> documents) {
    return DescriptorLoader.builder().loader(ResourceLoader.inMemory(documents)).build();
  }
}
