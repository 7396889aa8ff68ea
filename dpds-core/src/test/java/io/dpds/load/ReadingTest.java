package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTest {

  @TempDir Path dir;
  Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(dir);
  }

  private LoadResult loadText(String name, String text) {
    fx.write(name, text);
    return fx.load(name);
  }

  private static JsonNode tree(LoadResult r) {
    return r.resolved().orElseThrow().tree();
  }

  @Test
  void duplicateKeysInJsonAreErrorsAtTheSecondKey() {
    LoadResult r = loadText("d.json", "{\n  \"info\": {\"name\": \"a\",\n    \"name\": \"b\"}\n}");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.duplicate-key");
      assertThat(d.message()).contains("'name'");
      assertThat(d.location()).contains(new SourceLocation(dir.resolve("d.json").toUri(), 3, 5));
    });
    assertThat(tree(r).at("/info/name").asText()).isEqualTo("a");
  }

  @Test
  void aDuplicateKeyIsPointedAtItsMemberInJsonAndYamlAndInADocumentAReferenceUses() {
    String ports = "\n    - name: a\n      version: 1.0.0\n    - $ref: 'more.yaml#/ports/1'\n";
    fx.write("more.yaml", "ports:\n  - {name: x}\n  - name: b\n    tags: [{k: 1, 'a/b': 2, 'a/b': 3}]\n    name: c\n");
    LoadResult json = loadText("d.json", "{\"x-list\": [{}, {\"m\": {\"k\": 1, \"k\": 2}}]}");
    LoadResult yaml = loadText("d.yaml", "x-list:\n  - {}\n  - m: {k: 1, k: 2}\n");
    LoadResult referenced = loadText("root.yaml", Fixture.root(ports));

    assertThat(json.diagnostics()).extracting(Diagnostic::pointer).containsExactly("/x-list/1/m/k");
    assertThat(yaml.diagnostics()).extracting(Diagnostic::pointer).containsExactly("/x-list/1/m/k");
    assertThat(referenced.diagnostics()).extracting(Diagnostic::pointer).containsExactly(
        "/interfaceComponents/outputPorts/1/tags/0/a~1b", "/interfaceComponents/outputPorts/1/name");
  }

  @Test
  void aYamlKeyOrTagOutsideJsonIsPointedAtItsNode() {
    LoadResult r = loadText("t.yaml", "info:\n  200: x\n  v: .inf\n  list: [a, !!binary aGk=]\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactly(
        tuple("load.yaml-key", "/info/200"), tuple("load.yaml-tag", "/info/v"), tuple("load.yaml-tag", "/info/list/1"));
  }

  /** Below and beyond the members a member map keeps in arrays, and inside an object with a nested one. */
  @Test
  void duplicateKeysInJsonAreFoundInSmallAndLargeObjectsAndTheFirstIsKept() {
    StringBuilder json = new StringBuilder("{\"x-wide\": {");
    for (int i = 0; i < 40; i++) {
      json.append("\"k").append(i).append("\": ").append(i).append(", ");
    }
    json.append("\"k3\": -1, \"k30\": -1, \"inner\": {\"a\": 1, \"b\": {\"a\": 2}, \"a\": 3}}}");
    LoadResult r = loadText("w.json", json.toString());

    assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "Duplicate key 'k3'; the first one is kept", "Duplicate key 'k30'; the first one is kept",
        "Duplicate key 'a'; the first one is kept");
    JsonNode wide = tree(r).path("x-wide");
    assertThat(wide.size()).isEqualTo(41);
    assertThat(wide.path("k3").intValue()).isEqualTo(3);
    assertThat(wide.path("k30").intValue()).isEqualTo(30);
    assertThat(wide.at("/inner/a").intValue()).isEqualTo(1);
    assertThat(wide.at("/inner/b/a").intValue()).isEqualTo(2);
    assertThat(wide.properties()).extracting(Map.Entry::getKey).startsWith("k0", "k1", "k2").endsWith("k39", "inner");
  }

  @Test
  void duplicateKeysInYamlAreErrorsAtTheSecondKey() {
    LoadResult r = loadText("d.yaml", "info:\n  name: a\n  name: b\n");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.duplicate-key");
      assertThat(d.location().orElseThrow().line()).isEqualTo(3);
    });
  }

  @Test
  void yamlScalarsFollowTheYaml12CoreSchema() {
    LoadResult r = loadText("s.yaml", """
        yes: yes
        on: off
        t: true
        n: ~
        empty:
        i: 42
        neg: -7
        hex: 0x1f
        oct: 0o17
        big: 123456789012345678901234567890
        f: 1.50
        e: 1e3
        v: 1.0.0
        q: '42'
        d: 2024-01-01
        """);

    JsonNode t = tree(r);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(t.get("yes").isTextual()).isTrue();
    assertThat(t.get("on").asText()).isEqualTo("off");
    assertThat(t.get("t").booleanValue()).isTrue();
    assertThat(t.get("n").isNull()).isTrue();
    assertThat(t.get("empty").isNull()).isTrue();
    assertThat(t.get("i").intValue()).isEqualTo(42);
    assertThat(t.get("neg").intValue()).isEqualTo(-7);
    assertThat(t.get("hex").intValue()).isEqualTo(31);
    assertThat(t.get("oct").intValue()).isEqualTo(15);
    assertThat(t.get("big").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(t.get("f").decimalValue()).isEqualTo(new BigDecimal("1.50"));
    assertThat(t.get("e").decimalValue()).isEqualByComparingTo("1000");
    assertThat(t.get("v").asText()).isEqualTo("1.0.0");
    assertThat(t.get("q").isTextual()).isTrue();
    assertThat(t.get("d").asText()).isEqualTo("2024-01-01");
  }

  @Test
  void jsonNumbersKeepTheirExactValue() {
    LoadResult r = loadText("n.json", "{\"a\": 0.1, \"b\": 12345678901234567890123, \"c\": 1.10}");

    assertThat(tree(r).get("a").decimalValue()).isEqualTo(new BigDecimal("0.1"));
    assertThat(tree(r).get("b").bigIntegerValue()).isEqualTo(new BigInteger("12345678901234567890123"));
    assertThat(tree(r).get("c").decimalValue().toPlainString()).isEqualTo("1.10");
  }

  @Test
  void customYamlTagsAreRefused() {
    LoadResult r = loadText("t.yaml", "a: !secret value\nb: !!binary aGVsbG8=\nc: !!str 42\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.yaml-tag", "load.yaml-tag");
    assertThat(r.diagnostics().get(0).location().orElseThrow().line()).isEqualTo(1);
    assertThat(tree(r).get("c").asText()).isEqualTo("42");
  }

  @Test
  void yamlInfinityHasNoJsonEquivalent() {
    LoadResult r = loadText("t.yaml", "a: .inf\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.yaml-tag");
  }

  @Test
  void yamlKeysMustBeStrings() {
    LoadResult r = loadText("k.yaml", "responses:\n  200: ok\n  '201': created\n  true: x\n  ? [a, b]\n  : c\nafter: 1\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("load.yaml-key", "load.yaml-key", "load.yaml-key");
    assertThat(r.diagnostics().get(0).message()).contains("200");
    assertThat(tree(r).at("/responses/200").asText()).isEqualTo("ok");
    assertThat(tree(r).at("/responses/201").asText()).isEqualTo("created");
    assertThat(tree(r).get("after").intValue()).isEqualTo(1);
  }

  @Test
  void aKeyThatIsNoStringIsNamedWithItsArticle() {
    LoadResult r = loadText("k.yaml", "x-map: &m {a: 1}\nx-list: &l [1]\nx-one: &n 1\nkeys:\n  *m : a\n  *l : b\n"
        + "  *n : c\n  true: d\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "Keys are strings; the alias *m names an object", "Keys are strings; the alias *l names an array",
        "Keys are strings; the alias *n names a number", "The key true is read as a boolean, not a string");
    assertThat(tree(r).get("keys")).as("an object or array key is dropped with its value, as when written there")
        .isEqualTo(new ObjectMapper().createObjectNode().put("1", "c").put("true", "d"));
  }

  @Test
  void aDefinitionWrittenInPlaceIsReadAsTheForeignDocumentItIs() {
    LoadResult r = loadText("d.yaml", "api:\n  definition:\n"
        + "    paths: {/x: {get: {responses: {200: {description: ok}}}}}\n    x-at: !date 2024-01-31\n"
        + "    list: [{404: gone}]\n  500: after\nother:\n  definition: !!binary aGVsbG8=\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).as("the DPDS keys and tags around it still are")
        .containsExactly("load.yaml-key");
    assertThat(r.diagnostics().get(0).message()).contains("500");
    assertThat(tree(r).at("/api/definition/paths/~1x/get/responses/200/description").asText()).isEqualTo("ok");
    assertThat(tree(r).at("/api/definition/list/0/404").asText()).isEqualTo("gone");
    assertThat(tree(r).at("/api/definition/x-at").asText()).isEqualTo("2024-01-31");
  }

  @Test
  void aYamlAliasIsLocatedWhereItIsWrittenAndItsChildrenWhereTheyAre() {
    LoadResult r = loadText("a.yaml", "base: &b {name: shared}\nlist: &l [1, 2]\ncopy: *b\nitems:\n  - *l\n");
    ResolvedDescriptor resolved = r.resolved().orElseThrow();

    assertThat(r.diagnostics()).isEmpty();
    assertThat(tree(r).at("/copy/name").asText()).isEqualTo("shared");
    assertThat(resolved.locate("/copy").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(3, 1);
    assertThat(resolved.locate("/copy/name").orElseThrow().line()).isEqualTo(1);
    assertThat(resolved.locate("/base").orElseThrow().line()).isEqualTo(1);
    assertThat(resolved.locate("/items/0").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(5, 5);
    assertThat(resolved.locate("/items/0/1").orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void anAliasWithoutAnAnchorBeforeItOrInsideItsOwnAnchoredNodeIsASyntaxErrorThatSaysWhich() {
    LoadResult unknown = loadText("u.yaml", "info:\n  name: a\n  copy: *later\nlater: &later x\n");
    LoadResult recursive = loadText("r.yaml", "info: &self\n  name: a\n  again: *self\n");

    assertThat(unknown.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.message()).isEqualTo("Unknown alias *later: no anchor &later is written before it");
      assertThat(d.location().orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
          .containsExactly(3, 9);
    });
    assertThat(recursive.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.message()).isEqualTo(
          "The alias *self is inside the node its anchor &self names: a descriptor cannot hold a node within itself");
      assertThat(d.location().orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
          .containsExactly(3, 10);
    });
  }

  @Test
  void aPointerIsLocatedThroughEscapedKeysLongObjectsAndArrayIndexesAsWritten() {
    StringBuilder json = new StringBuilder("{\n\"a/b\": {\"m~n\": {\"x\": 1}},\n\"long\": {");
    for (int i = 0; i < 20; i++) {
      json.append(i == 0 ? "" : ",").append("\n \"k").append(i).append("\": ").append(i);
    }
    json.append("},\n\"list\": [\n 10,\n 11]\n}");
    LoadResult r = loadText("p.json", json.toString());
    ResolvedDescriptor resolved = r.resolved().orElseThrow();

    assertThat(r.diagnostics()).isEmpty();
    assertThat(resolved.locate("/a~1b/m~0n/x").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(2, 17);
    assertThat(resolved.locate("/long/k19").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(23, 2);
    assertThat(resolved.locate("/list/1").orElseThrow().line()).isEqualTo(26);
    // what is not there is located at the deepest node that is: a missing key, index, or an index written otherwise
    assertThat(resolved.locate("/long/k20").orElseThrow().line()).isEqualTo(3);
    assertThat(resolved.locate("/list/01").orElseThrow().line()).isEqualTo(24);
    assertThat(resolved.locate("/list/2").orElseThrow().line()).isEqualTo(24);
    assertThat(resolved.locate("/a/b").orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void mergeKeysAddTheNamedEntriesTheMappingLacksEachLocatedWhereItIsWritten() {
    LoadResult r = loadText("m.yaml", """
        base: &base
          version: 1.0.0
          platform: kafka
        extra: &extra {owner: ops, platform: pulsar}
        port:
          name: first
          <<: [*base, *extra]
          platform: rabbitmq
        quoted:
          "<<": kept as a key
        """);
    ResolvedDescriptor resolved = r.resolved().orElseThrow();

    assertThat(r.diagnostics()).isEmpty();
    assertThat(tree(r).get("port").properties()).extracting(Map.Entry::getKey)
        .containsExactly("name", "version", "platform", "owner");
    assertThat(tree(r).at("/port/platform").asText()).isEqualTo("rabbitmq"); // the mapping's own key wins
    assertThat(resolved.locate("/port/version").orElseThrow().line()).isEqualTo(2);
    assertThat(resolved.locate("/port/owner").orElseThrow().line()).isEqualTo(4);
    assertThat(resolved.locate("/port/platform").orElseThrow().line()).isEqualTo(8);
    assertThat(tree(r).at("/quoted/<<").asText()).isEqualTo("kept as a key");
    assertThat(tree(r).at("/base/platform").asText()).isEqualTo("kafka"); // the anchored mapping is unchanged
  }

  @Test
  void aMergeKeyWhoseValueIsNotAMappingIsAnError() {
    LoadResult r = loadText("m.yaml", "a: 1\nport:\n  <<: [x]\n");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.message()).contains("merge key <<");
      assertThat(d.location().orElseThrow().line()).isEqualTo(3);
    });
  }

  @Test
  void aYamlBombIsRefusedWithinTheNodeLimit() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    long start = System.nanoTime();
    LoadResult r = loadText("bomb.yaml", bomb.toString());

    assertThat(r.resolved()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).contains("2000000 nodes");
    });
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void theAliasCountIsLimited() {
    StringBuilder many = new StringBuilder("a: &a x\nlist:\n");
    many.append("  - *a\n".repeat(20));
    fx.write("many.yaml", many.toString());

    LoadResult r = DescriptorLoader.builder().limits(Limits.DEFAULT.withMaxAliases(10)).build()
        .load(dir.resolve("many.yaml"));

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
  }

  @Test
  void deepNestingIsRefusedInJsonAndYaml() {
    LoadResult json = loadText("deep.json", "[".repeat(100_000) + "]".repeat(100_000));
    LoadResult yaml = loadText("deep.yaml", "[".repeat(100_000) + "]".repeat(100_000));

    assertThat(json.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
    assertThat(yaml.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
  }

  @Test
  void aSecondYamlDocumentIsRefused() {
    LoadResult r = loadText("two.yaml", "a: 1\n---\nb: 2\n");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.syntax");
    assertThat(r.diagnostics().get(0).location().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void yamlSyntaxErrorsAreLocated() {
    LoadResult r = loadText("bad.yaml", "a: 1\nb: [unclosed\nc: 2\n");

    assertThat(r.resolved()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.message()).startsWith("Invalid YAML")
          .as("where the list that is not closed starts").contains(" opened with '[' at 2:4 ");
      assertThat(d.location().orElseThrow().line()).isGreaterThanOrEqualTo(2);
    });
    assertThat(loadText("key.yaml", "a: 1\n  b: 2\n").diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).as("no context of its own").doesNotContain("starts at"));
  }

  @Test
  void jsonWithTrailingContentOrCommentsIsRefused() {
    assertThat(loadText("a.json", "{\"a\": 1} {\"b\": 2}").diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("load.syntax");
    assertThat(loadText("b.json", "{\"a\": 1 // no\n}").diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("load.syntax");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    Files.write(dir.resolve("bom.json"), concat(bom, "{\"a\": 1}".getBytes()));
    Files.write(dir.resolve("bom.yaml"), concat(bom, "a: 1\n".getBytes()));

    assertThat(tree(fx.load("bom.json")).get("a").intValue()).isEqualTo(1);
    assertThat(tree(fx.load("bom.yaml")).get("a").intValue()).isEqualTo(1);
  }

  @Test
  void invalidUtf8IsASyntaxError() throws IOException {
    Files.write(dir.resolve("bad.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'});
    Files.write(dir.resolve("bad.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, 'x', '\n'});

    assertThat(fx.load("bad.json").diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.syntax");
    assertThat(fx.load("bad.yaml").diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.syntax");
  }

  @Test
  void aRootThatIsNotAnObjectGivesNoDescriptor() {
    LoadResult r = loadText("list.yaml", "- a\n- b\n");

    assertThat(r.resolved()).isEmpty();
    assertThat(r.rootUnreadable()).isFalse();
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.not-an-object");
    assertThat(r.diagnostics().get(0).message()).isEqualTo("A descriptor is a JSON object; this document holds an array");
    assertThat(loadText("text.json", "\"a\"").diagnostics().get(0).message()).isEqualTo("A descriptor is a JSON object; this document holds a string");
  }

  @Test
  void anUnclosedJsonObjectIsReportedAtTheEndWithWhereItOpensAndNoParserSource() {
    LoadResult r = loadText("cut.json", "{\"dataProductDescriptor\": \"1.0.0\",\n \"info\": {\"name\": \"x\"");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.message()).isEqualTo("Invalid JSON: Unexpected end-of-input: expected close marker for Object"
          + " (start marker at line 2, column 10)");
      assertThat(d.location().orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
          .containsExactly(2, 22); // just after the last value
    });
  }

  @Test
  void theCommonMistakesOfHandWrittenJsonAreNamedWithHowToWriteThem() {
    Map<String, List<String>> said = new LinkedHashMap<>();
    said.put("{'a': 1}", List.of("a single quote: JSON writes names and strings in double quotes",
        "Write \"name\" and \"text\", not 'name' and 'text'."));
    said.put("{\"a\": 'x'}", said.get("{'a': 1}"));
    said.put("{a: 1}", List.of("a name without quotes: JSON writes names in double quotes",
        "Write the name in double quotes (\"name\": ...)."));
    said.put("{\"a\": 1,\n}", List.of("a comma before '}': JSON has no comma after the last member",
        "Remove the comma."));
    said.put("{\"a\": [1, ]}", List.of("a comma before ']': JSON has no comma after the last item",
        "Remove the comma."));
    said.put("{\"a\": 1 \"b\": 2}", List.of("no comma before '\"': JSON separates members with commas",
        "Add the comma."));
    said.put("{\"a\": [1 2]}", List.of("no comma before '2': JSON separates items with commas", "Add the comma."));
    List<String> comment = List.of("a comment, which JSON does not have",
        "Remove the comment, or write the descriptor in YAML, where comments start with '#'.");
    said.put("{\"a\": 1 // why\n}", comment);
    said.put("{\"a\": /* why */ 1}", comment);
    said.put("{\"a\": 1 # why\n}", comment);
    said.put("{\"a\": NaN}", List.of("'NaN' is not a JSON number",
        "Write a number, or the text in double quotes (\"NaN\")."));
    said.put("{\"a\": +1}", List.of("a number with a '+' sign, which JSON numbers do not have", "Remove the '+'."));
    said.put("{\"a\": 012}", List.of("a number with a leading zero, which JSON numbers do not have",
        "Remove the leading zeros, or write the value in double quotes if it is text (\"012\")."));

    assertSaid("m.json", "Invalid JSON: ", said);
    assertThat(loadText("z.json", "{\"a\": 0x10}").diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).doesNotContain("enable", "Feature");
      assertThat(d.hint()).contains(LoadRules.SYNTAX.hint());
    });
  }

  /** Each text of {@code said}, read as the document {@code name}, gives one finding: its message, then its hint. */
  private void assertSaid(String name, String prefix, Map<String, List<String>> said) {
    said.forEach((text, expected) -> assertThat(loadText(name, text).diagnostics()).as(text).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).isEqualTo(prefix + expected.get(0));
          assertThat(d.hint()).contains(expected.get(1));
        }));
  }

  @Test
  void theCommonMistakesOfHandWrittenYamlAreNamedWithHowToWriteThem() {
    Map<String, List<String>> said = new LinkedHashMap<>();
    said.put("a:\n\tb: 1\n", List.of("a tab, which YAML does not allow in indentation", "Indent with spaces only."));
    said.put("a: @x\n", List.of("'@' is reserved in YAML and cannot start a value without quotes",
        "Put the value in quotes."));
    List<String> colon = List.of("': ' where no key can be: in a value without quotes, or after a key indented under"
        + " a value", "Quote a value that holds ': ' (a: \"b: c\"), or indent the key as the other keys of its"
        + " mapping.");
    said.put("a: b: c\n", colon);
    said.put("a: 1\n  b: 2\n", colon);
    said.put("a:\n  b: 1\n c: 2\n", List.of("this line does not continue the block it is in: it is indented"
        + " differently, or mixes keys and list items (while parsing a block mapping that starts at 1:1)",
        "Indent the line with as many spaces as the other keys or items of its block."));
    said.put("a: [1, 2\n", List.of("the list opened with '[' at 1:4 is not closed: ',' or ']' expected",
        "Close the list with ']', or separate its items with ','."));
    said.put("a: {b: 1\nc: 2\n", List.of("the mapping opened with '{' at 1:4 is not closed: ',' or '}' expected",
        "Close the mapping with '}', or separate its entries with ','."));
    said.put("a: 'x\nb: 1\n", List.of("the quoted value opened at 1:4 is not closed",
        "End the value with the quote it starts with."));
    said.put("a: [1, 2]]\n", List.of("']' closes nothing: no '[' is open here",
        "Remove it, or open the list where it starts."));
    assertSaid("m.yaml", "Invalid YAML: ", said);
    assertThat(loadText("q.yaml", "\"a\\q\": 1\n").diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("Invalid YAML: found unknown escape character q");
      assertThat(d.hint()).contains(LoadRules.SYNTAX.hint());
    });
  }

  @Test
  void aWordThatIsNoJsonValueIsLocatedWhereItStarts() {
    assertThat(loadText("u.json", "{\"name\": tripStatus}").diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("Invalid JSON: Unrecognized token 'tripStatus'");
      assertThat(d.location().orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
          .containsExactly(1, 10);
    });
    assertThat(loadText("t.json", "{\"é\": {\"a\": True}}").diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.location().orElseThrow().column()).as("in characters").isEqualTo(13));
    assertThat(loadText("g.json", "{\"a\": 1}\n  garbage").diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.location().orElseThrow()).extracting(SourceLocation::line,
            SourceLocation::column).containsExactly(2, 3));
  }

  @Test
  void aliasesThatNestAliasesCountTheirDepthInFull() {
    StringBuilder chain = new StringBuilder("dataProductDescriptor: 1.0.0\nx-chain:\n  a0: &a0 "
        + "[".repeat(50) + "1" + "]".repeat(50) + "\n");
    for (int k = 1; k < 12; k++) { // each fifty levels around the one before it: a9 is 2 + 500 levels deep
      chain.append("  a").append(k).append(": &a").append(k).append(' ').append("[".repeat(50)).append("*a")
          .append(k - 1).append("]".repeat(50)).append('\n');
    }
    String text = chain.toString();

    assertThat(loadText("deep.yaml", text).diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).startsWith("The alias *a8 nests mappings and sequences deeper than the limit of 500");
      assertThat(d.location().orElseThrow().line()).isEqualTo(12);
    });
    String within = text.substring(0, text.indexOf("  a9:"));
    assertThat(loadText("within.yaml", within).diagnostics()).isEmpty();
  }

  @Test
  void aNameLongerThanTheReaderReadsIsALimitWhereItIsWritten() {
    LoadResult r = loadText("long.json", "{\"dataProductDescriptor\": \"1.0.0\",\n \"" + "k".repeat(60_000) + "\": 1}");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).isEqualTo("The document exceeds a reading limit: Name length (60000) exceeds the maximum"
          + " allowed (50000)");
      assertThat(d.location().orElseThrow().line()).isEqualTo(2);
    });
  }

  @Test
  void anEmptyDocumentIsASyntaxError() {
    assertThat(loadText("empty.yaml", "# nothing\n").diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("load.syntax");
    assertThat(loadText("empty.json", "  ").diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("load.syntax");
  }

  @Test
  void aMissingRootIsUnreadable() {
    LoadResult r = fx.load("nope.yaml");

    assertThat(r.rootUnreadable()).isTrue();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.unreadable");
      assertThat(d.message()).as("the path once").isEqualTo("No file at " + dir.resolve("nope.yaml"));
    });
  }

  @Test
  void aRootNamedByARelativeUriOrOneNoLoaderReadsSaysWhy() {
    DescriptorLoader loader = DescriptorLoader.builder().build();

    assertThat(loader.load(URI.create("dp.yaml")).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).as("it said 'No loader reads : URIs'").isEqualTo("dp.yaml is a"
            + " relative URI, which names no document: give an absolute one (file:///..., https://...) or a path"));
    assertThat(loader.load(URI.create("ftp://host/dp.yaml")).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("No loader reads ftp: URIs (ftp://host/dp.yaml)"));
  }

  @Test
  void everyNodeIsLocatedInJsonAndYaml() {
    fx.write("loc.json", "{\n  \"a\": {\n    \"b\": [10,\n      {\"c\": true}]\n  }\n}\n");
    fx.write("loc.yaml", "a:\n  b:\n    - 10\n    - c: true\n");
    ResolvedDescriptor json = fx.load("loc.json").resolved().orElseThrow();
    ResolvedDescriptor yaml = fx.load("loc.yaml").resolved().orElseThrow();

    assertThat(json.locate("").orElseThrow().line()).isEqualTo(1);
    assertThat(json.locate("/a").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(2, 3);
    assertThat(json.locate("/a/b/0").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(3, 11);
    assertThat(json.locate("/a/b/1/c").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(4, 8);
    assertThat(yaml.locate("/a/b/1/c").orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(4, 7);
    assertThat(yaml.locate("/a/b/0").orElseThrow().line()).isEqualTo(3);
    assertThat(yaml.locate("/a/missing/deeper").orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void columnsCountCharactersInJsonAsInYamlWithOrWithoutAByteOrderMark() {
    String line = "{\"é\": \"東京 😀\", \"k\": [1, {\"m\": 2}]}";
    fx.write("chars.json", line + "\n");
    fx.write("bom.json", "\uFEFF" + line + "\n"); // declined by the scanner: read by Jackson
    fx.write("chars.yaml", line + "\n");
    fx.write("bom.yaml", "\uFEFF" + line + "\n");

    for (String file : List.of("chars.json", "bom.json", "chars.yaml", "bom.yaml")) {
      ResolvedDescriptor read = fx.load(file).resolved().orElseThrow();
      assertThat(List.of("/k", "/k/0", "/k/1/m")).as(file).map(p -> read.locate(p).orElseThrow())
          .extracting(SourceLocation::column).containsExactly(15, 21, 25);
    }
    assertThat(loadText("cut.json", "{\"é😀\": 1,\n \"名\": [1 2]}").diagnostics()).singleElement()
        .extracting(d -> d.location().orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
        .containsExactly(2, 10); // the 2, counted in characters (12 in bytes)
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aYamlDocumentThatIsNotUtf8IsReportedAtItsFirstByteThatIsNot() throws IOException {
    byte[] latin1 = "dataProductDescriptor: 1.0.0\ninfo:\n  displayName: \"Caf\u00e9 \u00e9\"\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin1.yaml"), latin1);

    assertThat(fx.load("latin1.yaml").diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.message()).isEqualTo("The document is not UTF-8 text: byte 0xE9 cannot be read as UTF-8;"
          + " save the file as UTF-8");
      assertThat(d.location().orElseThrow()).extracting(SourceLocation::line, SourceLocation::column)
          .containsExactly(3, 20); // the é after "Caf"
    });
  }

  @Test
  void aLoneSurrogateIsReportedWhereItIsWrittenInJsonAndYaml() {
    LoadResult json = loadText("d.json", "{\"dataProductDescriptor\": \"1.0.0\",\n \"info\": {\"name\": \"x\\ud800y\"}}");
    LoadResult yaml = loadText("d.yaml", "dataProductDescriptor: 1.0.0\ninfo:\n  \"k\\udc00\": 1\n");
    LoadResult pair = loadText("p.json", "{\"dataProductDescriptor\": \"1.0.0\", \"x-rocket\": \"\\ud83d\\ude80\"}");
    LoadResult besideTheRange =
        loadText("b.json", "{\"dataProductDescriptor\": \"1.0.0\", \"x\": \"\\ud7ff\\ue000\"}");
    LoadResult highLast = loadText("h.json", "{\"dataProductDescriptor\": \"1.0.0\", \"x\": \"ab\\ud83d\"}");
    LoadResult afterAPair =
        loadText("a.json", "{\"dataProductDescriptor\": \"1.0.0\", \"x\": \"a\\ud83d\\ude80\\ude80\"}");
    LoadResult jsonKeyAndItem = loadText("k.json",
        "{\"dataProductDescriptor\": \"1.0.0\", \"x-a\\udc01\": 1, \"x-b\": [\"ok\", {\"c\": \"\\ud801\"}]}");
    LoadResult yamlItem = loadText("i.yaml", "dataProductDescriptor: 1.0.0\nx-b:\n  - ok\n  - c: \"\\ud801\"\n");

    assertThat(json.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.lone-surrogate");
      assertThat(d.message()).contains("\\ud800", "character 2");
      assertThat(d.location().orElseThrow().line()).isEqualTo(2);
      assertThat(d.pointer()).isEqualTo("/info/name");
    });
    assertThat(yaml.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.lone-surrogate");
      assertThat(d.location().orElseThrow().line()).isEqualTo(3);
      assertThat(d.pointer()).isEqualTo("/info/k\udc00"); // a name's finding is about its member
    });
    assertThat(jsonKeyAndItem.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/x-a\udc01", "/x-b/1/c");
    assertThat(yamlItem.diagnostics()).extracting(Diagnostic::pointer).containsExactly("/x-b/1/c");
    assertThat(pair.diagnostics()).isEmpty();
    assertThat(besideTheRange.diagnostics()).isEmpty();
    assertThat(highLast.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("\\ud83d", "character 3"));
    assertThat(afterAPair.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("\\ude80", "character 4"));
  }
}
