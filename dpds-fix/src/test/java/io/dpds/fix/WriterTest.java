package io.dpds.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits as the author would have written them: quoting, separators, indentation and line breaks kept. */
class WriterTest {

  private static String edit(String text, boolean yaml, java.util.function.Function<SourceIndex, List<TextEdit>> how) {
    SourceIndex index = SourceIndex.of(text, yaml);
    List<TextEdit> skipped = new ArrayList<>();
    String out = TextEdit.apply(text, how.apply(index), skipped);
    assertThat(skipped).isEmpty();
    return out;
  }

  @Test
  void aYamlValueKeepsItsQuotingAndItsComment() {
    String text = "a: plain  # note\nb: 'single'\nc: \"double\"\n";

    assertThat(edit(text, true, i -> new Writer(i).replaceValue(i.at("/a"), "x y")))
        .isEqualTo("a: x y  # note\nb: 'single'\nc: \"double\"\n");
    assertThat(edit(text, true, i -> new Writer(i).replaceValue(i.at("/b"), "it's")))
        .isEqualTo("a: plain  # note\nb: 'it''s'\nc: \"double\"\n");
    assertThat(edit(text, true, i -> new Writer(i).replaceValue(i.at("/c"), "q\"t")))
        .isEqualTo("a: plain  # note\nb: 'single'\nc: \"q\\\"t\"\n");
    assertThat(edit(text, true, i -> new Writer(i).replaceValue(i.at("/a"), "true")))
        .as("a plain value that would read back as another type is quoted").startsWith("a: \"true\"  # note\n");
  }

  @Test
  void aBlockScalarIsReplacedUpToItsLastLineKeepingTheLinesAfterIt() {
    String folded = "a: >-\r\n  urn:x\r\n  :y\r\n\r\nb: 1 # kept\r\n";
    assertThat(edit(folded, true, i -> new Writer(i).replaceValue(i.at("/a"), "z")))
        .as("the value ate the line break after it, and b joined a's line").isEqualTo("a: z\r\n\r\nb: 1 # kept\r\n");

    String literal = "x:\n  a: |\n    port\n  b: 1\n";
    assertThat(edit(literal, true, i -> new Writer(i).replaceValue(i.at("/x/a"), "outputport")))
        .isEqualTo("x:\n  a: outputport\n  b: 1\n");
    assertThat(edit(literal, true, i -> new Writer(i).remove(i.at("/x/a")))).isEqualTo("x:\n  b: 1\n");
    String last = "a: |\n  port\n";
    assertThat(edit(last, true, i -> new Writer(i).replaceValue(i.at("/a"), "p"))).isEqualTo("a: p\n");
  }

  @Test
  void aJsonKeyIsRenamedWithoutTouchingItsColonOrValue() {
    String text = "{\r\n    \"buildInfo\"  :  {\"a\": 1},\r\n    \"b\": null\r\n}\r\n";

    assertThat(edit(text, false, i -> new Writer(i).renameKey(i.at("/buildInfo"), "x-buildInfo")))
        .isEqualTo("{\r\n    \"x-buildInfo\"  :  {\"a\": 1},\r\n    \"b\": null\r\n}\r\n");
  }

  @Test
  void entriesAreRemovedWithTheirSeparatorOrTheirLine() {
    String json = "{\n  \"a\": null,\n  \"b\": 1,\n  \"c\": null\n}\n";
    assertThat(edit(json, false, i -> new Writer(i).remove(i.at("/a"))))
        .isEqualTo("{\n  \"b\": 1,\n  \"c\": null\n}\n");
    assertThat(edit(json, false, i -> new Writer(i).remove(i.at("/c"))))
        .isEqualTo("{\n  \"a\": null,\n  \"b\": 1\n}\n");

    String yaml = "x:\n  - a: null   # gone\n    b: 1\n  - c: 2\n    d: ~\n# end\n";
    assertThat(edit(yaml, true, i -> new Writer(i).remove(i.at("/x/0/a"))))
        .isEqualTo("x:\n  - b: 1\n  - c: 2\n    d: ~\n# end\n");
    assertThat(edit(yaml, true, i -> new Writer(i).remove(i.at("/x/1/d"))))
        .isEqualTo("x:\n  - a: null   # gone\n    b: 1\n  - c: 2\n# end\n");

    String flow = "o: {a: 1, b: null}\n";
    assertThat(edit(flow, true, i -> new Writer(i).remove(i.at("/o/b")))).isEqualTo("o: {a: 1}\n");
  }

  @Test
  void anEntryIsAddedAtTheMappingsIndentationOrSeparator() {
    String yaml = "api:\n    specification: asyncapi   # kept\n    version: 1.0.0\nnext: 1\n";
    assertThat(edit(yaml, true, i -> new Writer(i).add(i.at("/api"), "name", "tripApi")))
        .isEqualTo("api:\n    specification: asyncapi   # kept\n    version: 1.0.0\n    name: tripApi\nnext: 1\n");

    String json = "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}";
    assertThat(edit(json, false, i -> new Writer(i).add(i.at(""), "name", "n")))
        .isEqualTo("{\r\n  \"a\": 1,\r\n  \"b\": 2,\r\n  \"name\": \"n\"\r\n}");

    String flow = "o: {a: 1}\n";
    assertThat(edit(flow, true, i -> new Writer(i).add(i.at("/o"), "name", "n"))).isEqualTo("o: {a: 1, name: n}\n");
  }

  @Test
  void aDiagnosticsPositionFindsTheNodeItNames() {
    SourceIndex index = SourceIndex.of("ports:\n  - name: a\n    version: 1\n", true);

    assertThat(index.at(2, 5, "0").pointer).isEqualTo("/ports/0");
    assertThat(index.at(2, 5, "name").pointer).isEqualTo("/ports/0/name");
    assertThat(index.at(3, 5, "version").scalar).isEqualTo("1");
    assertThat(index.at(9, 9, "x")).isNull();
  }

  @Test
  void aDiagnosticsColumnCountsCharactersAsTheReadersDo() {
    String line = "{\"é😀\": 1, \"k\": 2}";

    assertThat(SourceIndex.of(line, false).at(1, 11, "k").scalar).isEqualTo("2");
    assertThat(SourceIndex.of("\uFEFF" + line, false).at(1, 11, "k").scalar).as("a byte order mark").isEqualTo("2");
    assertThat(SourceIndex.of("x: {é😀: 1, k: 2}\n", true).at(1, 12, "k").scalar).isEqualTo("2");
  }
}
