package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.PathType;
import io.dpds.validation.DescriptorSchema.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DescriptorSchema} against the reference: networknt's JSON Schema validator compiling the same bundled schema
 * with the same formats. Both must report the same violations, in the same order, for every descriptor below: the
 * project's fixtures and the public examples, and the valid base fixture with each of its values replaced by values of
 * every JSON type (integral floats, huge and non-finite numbers, empty strings, Reference Objects), each member
 * removed, and a {@code $ref} added to each object.
 */
class DescriptorSchemaTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper YAML = new YAMLMapper();

  private static DescriptorSchema ours;
  private static Schema reference;

  @BeforeAll
  static void compile() throws IOException {
    ours = SchemaCheck.Holder.SCHEMA;
    Dialect dialect = Dialect.builder(Dialects.getDraft202012())
        .format(format("name", Formats::isName))
        .format(format("version", Formats::isVersion))
        .format(format("fqn", Formats::isFqn))
        .format(format("alphanumeric", Formats::isAlphanumeric))
        .build();
    reference = referenceSchema(dialect, SchemaCheck.RESOURCE);
  }

  /** {@return networknt's validator of the schema resource {@code resource} beside {@link DescriptorSchema}} */
  private static Schema referenceSchema(Dialect dialect, String resource) throws IOException {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();
    SchemaRegistry registry = SchemaRegistry.withDialect(dialect, b -> b.schemaRegistryConfig(config));
    try (InputStream in = DescriptorSchema.class.getResourceAsStream(resource)) {
      JsonNode schema = new ObjectMapper().readTree(in);
      return registry.getSchema(SchemaLocation.of(schema.path("$id").asText("urn:test:" + resource)), schema);
    }
  }

  @Test
  void theBaseFixtureWithEachValueReplacedRemovedOrMadeAReferenceGivesWhatTheReferenceValidatorGives()
      throws IOException {
    JsonNode base = YAML.readTree(Path.of("src/test/resources/fixtures/valid/base.yaml").toFile());
    List<JsonNode> variants = new ArrayList<>();
    mutations(base, base, variants);
    assertThat(variants).hasSizeGreaterThan(2_000);
    assertThat(sameAsTheReference(variants, 1)).as("variants that break the schema")
        .isGreaterThan(variants.size() / 2);
  }

  /**
   * Objects whose members come in another order than the schema's properties, some with several violations each: the
   * violations still come in the schema's order, as the reference validator gives them.
   */
  @Test
  void anObjectWithSeveralViolationsGivesThemInTheSchemasOrderWhateverTheMembersOrder() throws IOException {
    JsonNode base = YAML.readTree(Path.of("src/test/resources/fixtures/valid/base.yaml").toFile());
    List<JsonNode> variants = new ArrayList<>();
    reorderings(base, base, variants);
    assertThat(variants).hasSizeGreaterThan(20);
    assertThat(sameAsTheReference(variants, 2)).as("variants with several violations")
        .isGreaterThan(variants.size() / 4);
  }

  @Test
  void everyFixtureAndPublicExampleGivesWhatTheReferenceValidatorGives() throws IOException {
    Path examples = Path.of(System.getProperty("dpds.shared.dir", "../../shared")).resolve("dpds/examples");
    List<Path> files = new ArrayList<>(files(Path.of("src/test/resources/fixtures")));
    if (Files.isDirectory(examples)) {
      files.addAll(files(examples));
    }
    int compared = 0;
    for (Path file : files) {
      JsonNode tree = YAML.readTree(file.toFile()); // YAML reads JSON too
      if (tree != null) {
        assertThat(ours(tree)).as(file.toString()).isEqualTo(reference(tree));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(5);
  }

  @Test
  void aViolationNamesItsKeywordPointerAndWhatIsWrong() {
    ObjectNode descriptor = NODES.objectNode().put("dataProductDescriptor", "1.0.0");
    descriptor.putObject("info").put("name", 5).putObject("owner");
    List<Violation> violations = ours.validate(descriptor);
    assertThat(violations).extracting(Violation::keyword, Violation::pointer, Violation::property)
        .containsExactly(
            tuple("type", "/info/name", null),
            tuple("required", "/info/owner", "id"), // properties come before required in the info schema
            tuple("required", "/info", "version"),
            tuple("required", "/info", "domain"),
            tuple("required", "", "interfaceComponents"));
    assertThat(violations.get(0).message()).isEqualTo("integer found, string expected");
  }

  @Test
  void aViolationNamesTheContainerOfItsNodeAndTheFieldAsAReaderFindsIt() {
    ObjectNode descriptor = NODES.objectNode().put("dataProductDescriptor", "1.0.0");
    ObjectNode info = descriptor.putObject("info").put("name", 5);
    ArrayNode outputs = descriptor.putObject("interfaceComponents").putArray("outputPorts");
    outputs.addObject().put("name", "trips").put("version", "1.0.0").putArray("tags").add("t").add(7);
    outputs.add("not a port");

    List<Violation> found = ours.validate(descriptor).stream().filter(v -> !v.keyword().equals("required")).toList();
    assertThat(found).extracting(Violation::pointer, Violation::field).containsExactly(
        tuple("/info/name", "name"),
        tuple("/interfaceComponents/outputPorts/0/tags/1", "tags[1]"),
        tuple("/interfaceComponents/outputPorts/1", "outputPorts[1]"));
    assertThat(found.get(0).parent()).isSameAs(info);
    assertThat(found.get(1).parent()).isSameAs(outputs.get(0).get("tags"));
    assertThat(found.get(2).parent()).isSameAs(outputs);

    Violation root = ours.validate(NODES.arrayNode().add(1)).get(0);
    assertThat(root.field()).isEqualTo("the descriptor");
    assertThat(root.parent()).isNull();
  }

  /**
   * Ports checked later (as the validation reaches them), in another order, or at the end: the violations are those of
   * one walk, in its order, with those of the ports between those before and after them.
   */
  @Test
  void portsCheckedLaterGiveTheViolationsOfOneWalkInItsOrder() {
    ObjectNode descriptor = NODES.objectNode().put("dataProductDescriptor", "1.0.0");
    descriptor.putObject("info").put("name", 5);
    ObjectNode ports = descriptor.putObject("interfaceComponents");
    ports.putArray("inputPorts").addObject().put("name", 5).put("version", "1.0.0");
    ports.putArray("outputPorts").add(NODES.objectNode().put("version", 5)).add(NODES.objectNode().put("name", "a"))
        .add("not a port");
    descriptor.putObject("internalComponents").putArray("applicationComponents").addObject().put("name", 6);
    List<String> whole = describe(ours.validate(descriptor));
    List<String> atPorts = whole.stream().filter(v -> v.contains("/interfaceComponents/")).toList();
    assertThat(atPorts).hasSizeGreaterThan(3);
    assertThat(whole.indexOf(atPorts.get(0))).isPositive();
    assertThat(whole.indexOf(atPorts.get(atPorts.size() - 1))).isLessThan(whole.size() - 1);

    assertThat(describe(portsLater(descriptor))).isEqualTo(whole);
    assertThat(describe(portsInOrder(descriptor))).isEqualTo(whole);
    DescriptorSchema.Pass untouched = ours.start(descriptor, SchemaCheck.portArrays(descriptor));
    untouched.check(descriptor.path("info")); // not left for later: nothing happens
    assertThat(describe(untouched.finish())).isEqualTo(whole);
  }

  /**
   * Where networknt's validator is wrong, exact comparison: a finite decimal far beyond int32 passes it silently
   * ({@code 1E+300}) or fails its minimum though above the maximum ({@code 9.3E+18}).
   */
  @Test
  void boundsCompareDecimalsExactlyWhereTheReferenceValidatorDoesNot() {
    for (String order : List.of("1E+300", "9.3E+18", "9223372036854775808.0")) {
      ObjectNode descriptor = NODES.objectNode();
      descriptor.putObject("internalComponents").putObject("lifecycleInfo").putArray("dev").addObject()
          .put("order", new BigDecimal(order));
      assertThat(ours.validate(descriptor)).as(order)
          .filteredOn(v -> v.pointer().equals("/internalComponents/lifecycleInfo/dev/0/order"))
          .extracting(Violation::keyword).containsExactly("maximum");
    }
    ObjectNode below = NODES.objectNode();
    below.putObject("internalComponents").putObject("lifecycleInfo").putArray("dev").addObject()
        .put("order", new BigDecimal("-3E+200"));
    assertThat(ours.validate(below)).filteredOn(v -> !v.keyword().equals("required"))
        .extracting(Violation::keyword, Violation::pointer)
        .containsExactly(tuple("minimum", "/internalComponents/lifecycleInfo/dev/0/order"));
  }

  @Test
  void aSchemaWithAKeywordItDoesNotEvaluateOrATypeJsonSchemaDoesNotDefineIsRefused() {
    assertThatThrownBy(() -> DescriptorSchema.load("unsupported-keyword.schema.json", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the keyword pattern at /properties/name is not supported");
    assertThatThrownBy(() -> DescriptorSchema.load("unknown-type.schema.json", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the type text is not a JSON Schema type");
  }

  /**
   * A definition that refers to itself (a tree of nodes) is checked at every depth, and one referred to from two places
   * is checked at both, as the reference validator does; a reference that leads nowhere is refused when compiled.
   */
  @Test
  void aRecursiveDefinitionIsCheckedAtEveryDepthAndADanglingReferenceIsRefused() throws IOException {
    DescriptorSchema tree = DescriptorSchema.load("recursive.schema.json", Map.of());
    Schema treeReference = referenceSchema(Dialects.getDraft202012(), "recursive.schema.json");
    ObjectNode root = NODES.objectNode().put("name", "root");
    root.putObject("first");
    ObjectNode child = root.putArray("children").addObject().put("name", 5);
    child.putObject("second"); // the definition "first" uses too
    child.putArray("children").add(NODES.objectNode().put("name", "deep")).addObject().putObject("first");

    List<String> violations = describe(tree.validate(root));
    assertThat(violations).isEqualTo(reference(treeReference, root))
        .containsExactly( // each object's properties in the schema's order, then its required members
            describe("type", "/children/0/name", null, "integer found, string expected"),
            describe("required", "/children/0/children/1/first", "value", ""),
            describe("required", "/children/0/children/1", "name", ""),
            describe("required", "/children/0/second", "value", ""),
            describe("required", "/first", "value", ""));
    assertThatThrownBy(() -> DescriptorSchema.load("dangling-ref.schema.json", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the schema's reference #/$defs/missing leads nowhere");
  }

  /**
   * Asserts that each variant gets the reference validator's violations, in its order; {@return how many variants have
   * at least {@code atLeast} violations}
   */
  private static int sameAsTheReference(List<JsonNode> variants, int atLeast) {
    int counted = 0;
    for (JsonNode variant : variants) {
      List<String> expected = reference(variant);
      assertThat(ours(variant)).as(variant.toString()).isEqualTo(expected);
      counted += expected.size() >= atLeast ? 1 : 0;
    }
    return counted;
  }

  /**
   * Our violations; checked first to be the same when the ports are checked later: in their order, in another order,
   * or not at all.
   */
  private static List<String> ours(JsonNode tree) {
    List<String> whole = describe(ours.validate(tree));
    assertThat(describe(portsInOrder(tree))).as("ports checked in order: " + tree).isEqualTo(whole);
    assertThat(describe(portsLater(tree))).as("ports checked later: " + tree).isEqualTo(whole);
    return whole;
  }

  /**
   * The violations when the ports are left for later, then checked as a validation reaches them: in their order,
   * each after another node of the tree (not an item), and a second time.
   */
  private static List<Violation> portsInOrder(JsonNode tree) {
    DescriptorSchema.Pass pass = ours.start(tree, SchemaCheck.portArrays(tree));
    for (JsonNode ports : SchemaCheck.portArrays(tree)) {
      for (JsonNode port : ports) {
        pass.check(port);
        pass.check(port.path("promises")); // not an item: nothing happens
      }
    }
    for (JsonNode ports : SchemaCheck.portArrays(tree)) {
      ports.forEach(pass::check); // checked already: nothing happens
    }
    return pass.finish();
  }

  /** The violations when the ports are left for later, then checked last first, every third not until the end. */
  private static List<Violation> portsLater(JsonNode tree) {
    DescriptorSchema.Pass pass = ours.start(tree, SchemaCheck.portArrays(tree));
    for (JsonNode ports : SchemaCheck.portArrays(tree)) {
      for (int i = ports.size() - 1; i >= 0; i--) {
        if (i % 3 != 1) {
          pass.check(ports.get(i));
          pass.check(ports.get(i)); // a second time does nothing
        }
      }
    }
    return pass.finish();
  }

  private static List<String> describe(List<Violation> violations) {
    return violations.stream().map(v -> describe(v.keyword(), v.pointer(), v.property(),
        v.keyword().equals("format") ? v.format() : v.keyword().equals("type") ? v.message() : "")).toList();
  }

  private static List<String> reference(JsonNode tree) {
    return reference(reference, tree);
  }

  private static List<String> reference(Schema schema, JsonNode tree) {
    return schema.validate(tree).stream().map(DescriptorSchemaTest::describe).toList();
  }

  private static String describe(Error error) {
    String detail = switch (error.getKeyword()) {
      case "format" -> error.getSchemaNode().asText();
      case "type" -> error.getMessage();
      default -> "";
    };
    return describe(error.getKeyword(), error.getInstanceLocation().toString(), error.getProperty(), detail);
  }

  private static String describe(String keyword, String pointer, String property, String detail) {
    return keyword + " at '" + pointer + "'" + (property == null ? "" : " property " + property) + " " + detail;
  }

  /** Every variant of {@code root} with one change at {@code node} or below it. */
  private static void mutations(JsonNode root, JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        for (JsonNode value : replacements()) {
          out.add(edited(root, node, copy -> ((ObjectNode) copy).set(name, value)));
        }
        out.add(edited(root, node, copy -> ((ObjectNode) copy).remove(name)));
        mutations(root, node.get(name), out);
      }
      out.add(edited(root, node, copy -> ((ObjectNode) copy).put("$ref", "#/components/x")));
      out.add(edited(root, node, copy -> ((ObjectNode) copy).put("$ref", "a b")));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        int index = i;
        for (JsonNode value : replacements()) {
          out.add(edited(root, node, copy -> ((ArrayNode) copy).set(index, value)));
        }
        mutations(root, node.get(i), out);
      }
    }
  }

  /** For each object: its members reversed, then reversed with every value made a decimal. */
  private static void reorderings(JsonNode root, JsonNode node, List<JsonNode> out) {
    if (node.isObject() && node.size() > 1) {
      for (boolean mistyped : new boolean[] {false, true}) {
        out.add(edited(root, node, copy -> {
          List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
          copy.fields().forEachRemaining(members::add);
          ((ObjectNode) copy).removeAll();
          for (int i = members.size() - 1; i >= 0; i--) {
            ((ObjectNode) copy).set(members.get(i).getKey(),
                mistyped ? NODES.numberNode(1.5) : members.get(i).getValue());
          }
        }));
      }
    }
    for (JsonNode child : node) {
      reorderings(root, child, out);
    }
  }

  private static List<JsonNode> replacements() {
    return List.of(NODES.numberNode(1), NODES.numberNode(1.0), NODES.numberNode(1.5),
        NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(new BigDecimal("2.0")),
        NODES.numberNode(Double.POSITIVE_INFINITY), NODES.numberNode(Double.NEGATIVE_INFINITY),
        NODES.numberNode(Double.NaN), NODES.numberNode(2_147_483_648L), NODES.numberNode(-2_147_483_649L),
        NODES.numberNode(new BigInteger("123456789012345678901234567890")), NODES.numberNode(1.5f),
        NODES.textNode(""), NODES.textNode("a b"), NODES.textNode("fbde6bac-3425-5e87-834c-150dffc4dbbd"),
        NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.arrayNode().add("x").add(3),
        NODES.objectNode(), NODES.objectNode().put("$ref", ""), NODES.objectNode().put("$ref", 7));
  }

  /** A deep copy of {@code root} where the copy of {@code target} (found by identity) went through {@code edit}. */
  private static JsonNode edited(JsonNode root, JsonNode target, java.util.function.Consumer<JsonNode> edit) {
    JsonNode copy = root.deepCopy();
    edit.accept(find(root, copy, target));
    return copy;
  }

  private static JsonNode find(JsonNode original, JsonNode copy, JsonNode target) {
    if (original == target) {
      return copy;
    }
    if (original.isContainerNode()) {
      for (int i = 0; i < original.size(); i++) {
        JsonNode found = original.isArray() ? find(original.get(i), copy.get(i), target) : null;
        if (found != null) {
          return found;
        }
      }
      for (var it = original.fields(); it.hasNext(); ) {
        var member = it.next();
        JsonNode found = find(member.getValue(), copy.get(member.getKey()), target);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Format format(String name, Predicate<String> valid) {
    return new Format() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public boolean matches(com.networknt.schema.ExecutionContext context, String value) {
        return valid.test(value);
      }
    };
  }
}
