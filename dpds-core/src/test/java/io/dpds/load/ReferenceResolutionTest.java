package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.Definition;
import io.dpds.model.Port;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceResolutionTest {

  @TempDir Path dir;
  Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(dir);
  }

  private static Port outputPort(LoadResult r, int i) {
    return r.descriptor().orElseThrow().interfaceComponents().orElseThrow().outputPorts().get(i);
  }

  @Test
  void relativeExternalReferenceIsReplacedByTheWholeTargetDocument() {
    fx.write("root.yaml", Fixture.root("[{$ref: ports/status.yaml}]"));
    fx.write("ports/status.yaml", "name: status\nversion: 1.0.0\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    assertThat(outputPort(r, 0).name()).contains("status");
    assertThat(outputPort(r, 0).reference()).isEmpty();
    assertThat(r.resolved().orElseThrow().tree().at("/interfaceComponents/outputPorts/0/$ref").isMissingNode())
        .isTrue();
  }

  @Test
  void externalReferenceWithAPointerFragmentSelectsTheNode() {
    fx.write("root.yaml", Fixture.root("[{$ref: 'ports.json#/all/1'}]"));
    fx.write("ports.json", """
        {"all": [{"name": "first", "version": "1.0.0"}, {"name": "second", "version": "2.0.0"}]}
        """);

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    assertThat(outputPort(r, 0).name()).contains("second");
  }

  @Test
  void internalReferenceIntoComponentsIsResolved() {
    fx.write("root.yaml", Fixture.root("[{$ref: '#/components/outputPorts/status'}]") + """
        components:
          outputPorts:
            status: {name: status, version: 1.0.0}
        """);

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    assertThat(outputPort(r, 0).name()).contains("status");
  }

  @Test
  void chainsThroughComponentsAreResolvedTransitivelyAndEachTargetOnce() {
    fx.write("root.yaml", Fixture.root("[{$ref: '#/components/outputPorts/a'}, {$ref: '#/components/outputPorts/b'}]")
        + """
        components:
          outputPorts:
            a: {$ref: '#/components/outputPorts/b'}
            b: {$ref: 'ports/b.yaml'}
        """);
    fx.write("ports/b.yaml", "name: b\nversion: 1.0.0\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    JsonNode tree = r.resolved().orElseThrow().tree();
    assertThat(outputPort(r, 0).name()).contains("b");
    assertThat(outputPort(r, 1).name()).contains("b");
    assertThat(tree.at("/interfaceComponents/outputPorts/0"))
        .isSameAs(tree.at("/interfaceComponents/outputPorts/1"));
    assertThat(tree.at("/components/outputPorts/a/name").asText()).isEqualTo("b");
  }

  @Test
  void relativeReferencesResolveAgainstTheDocumentThatContainsThem() {
    fx.write("root.yaml", Fixture.root("[{$ref: a/b/port.yaml}]"));
    fx.write("a/b/port.yaml", """
        name: deep
        version: 1.0.0
        promises: {$ref: ../promises/p.json}
        """);
    fx.write("a/promises/p.json", """
        {"servicesType": "rest-services",
         "api": {"name": "api", "version": "1.0.0", "specification": "openapi",
                 "definition": {"$ref": "../../apis/openapi.yaml"}}}
        """);
    fx.write("apis/openapi.yaml", "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    StandardDefinition api = outputPort(r, 0).promises().orElseThrow().api().orElseThrow();
    assertThat(api.definition().flatMap(Definition::asObject).orElseThrow().get("openapi").asText())
        .isEqualTo("3.1.0");
  }

  @Test
  void everyDocumentIsNamedAsItsPathNamesItWhetherItIsTheRootOrReachedByAReference() {
    fx.write("root.yaml", Fixture.root("[{$ref: 'ports/port.yaml'}]") + "components: {x-note: {$ref: '#/info'}}\n");
    fx.write("ports/port.yaml", "name: p\nversion: 1.0.0\nx-back: {$ref: '../root.yaml#/info'}\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.resolved().orElseThrow().documents()).extracting(d -> d.uri().toString()).containsExactly(
        fx.dir.resolve("root.yaml").toUri().toString(), fx.dir.resolve("ports/port.yaml").toUri().toString());
    assertThat(r.resolved().orElseThrow().locate("/interfaceComponents/outputPorts/0/name").orElseThrow().uri()
        .toString()).isEqualTo(fx.dir.resolve("ports/port.yaml").toUri().toString()); // file:///..., not file:/...
  }

  @Test
  void aDocumentInAFolderNamedBeyondAsciiIsNamedAsItsPathNamesItAndReadOnceHoweverItIsSpelt() {
    fx.write("\u00e9t\u00e9/root.yaml", Fixture.root("[{$ref: 'ports/d\u00e9part.yaml'}, "
        + "{$ref: 'ports/d%C3%A9part.yaml'}, {$ref: '../%C3%A9t%C3%A9/ports/d\u00e9part.yaml'}]"));
    fx.write("\u00e9t\u00e9/ports/d\u00e9part.yaml", "name: p\nversion: 1.0.0\n");

    LoadResult r = fx.load("\u00e9t\u00e9/root.yaml");

    String port = fx.dir.resolve("\u00e9t\u00e9/ports/d\u00e9part.yaml").toUri().toString(); // %C3%A9, all of them
    assertThat(r.resolved().orElseThrow().documents()).extracting(d -> d.uri().toString()).containsExactly(
        fx.dir.resolve("\u00e9t\u00e9/root.yaml").toUri().toString(), port);
    for (int i = 0; i < 3; i++) {
      SourceLocation at = r.resolved().orElseThrow().locate("/interfaceComponents/outputPorts/" + i + "/name")
          .orElseThrow();
      assertThat(at.uri().toString()).isEqualTo(port);
      assertThat(at.displayPath(fx.dir)).isEqualTo("\u00e9t\u00e9/ports/d\u00e9part.yaml");
    }
  }

  @Test
  void yamlAndJsonMixInOneDescriptor() {
    fx.write("root.json", """
        {"dataProductDescriptor": "1.0.0",
         "info": {"name": "mixed", "version": "1.0.0", "domain": "d", "owner": {"id": "o@example.com"}},
         "interfaceComponents": {"outputPorts": [{"$ref": "port.yaml"}]}}
        """);
    fx.write("port.yaml", "name: fromYaml\nversion: 1.0.0\npromises: {$ref: promises.json}\n");
    fx.write("promises.json", "{\"platform\": \"fromJson\"}");

    LoadResult r = fx.load("root.json");

    assertThat(r.diagnostics()).isEmpty();
    assertThat(outputPort(r, 0).name()).contains("fromYaml");
    assertThat(outputPort(r, 0).promises().orElseThrow().platform()).contains("fromJson");
    assertThat(r.resolved().orElseThrow().documents()).extracting(Document::format)
        .containsExactly(Format.JSON, Format.YAML, Format.JSON);
  }

  @Test
  void formatIsDetectedFromContentNotFromTheExtension() {
    fx.write("root.txt", Fixture.root("[{$ref: port.data}]"));
    fx.write("port.data", "{\"name\": \"json\", \"version\": \"1.0.0\"}");

    LoadResult r = fx.load("root.txt");

    assertThat(r.diagnostics()).isEmpty();
    assertThat(outputPort(r, 0).name()).contains("json");
  }

  @Test
  void referenceDescriptionOverridesTheTargetsDescriptionAndIsLocatedAtTheReference() {
    fx.write("root.yaml", Fixture.root("\n    - $ref: port.yaml\n      description: from the reference"));
    fx.write("port.yaml", "name: p\nversion: 1.0.0\ndescription: from the target\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(outputPort(r, 0).description()).contains("from the reference");
    SourceLocation at = r.resolved().orElseThrow().locate("/interfaceComponents/outputPorts/0/description")
        .orElseThrow();
    assertThat(at.uri()).isEqualTo(dir.resolve("root.yaml").toUri());
    assertThat(at.line()).isEqualTo(11);
    assertThat(r.resolved().orElseThrow().locate("/interfaceComponents/outputPorts/0/name").orElseThrow().uri())
        .isEqualTo(dir.resolve("port.yaml").toUri());
  }

  @Test
  void definitionReferenceLoadsTheForeignDocumentAndLeavesItsOwnRefsAlone() {
    fx.write("root.yaml", Fixture.root("[{$ref: port.yaml}]"));
    fx.write("port.yaml", """
        name: p
        version: 1.0.0
        promises:
          api:
            name: api
            version: 1.0.0
            specification: asyncapi
            definition: {$ref: api.yaml}
          slo:
            name: slo
            version: 1.0.0
            specification: custom
            definition: {$ref: slo.txt}
        """);
    fx.write("api.yaml", """
        asyncapi: 2.6.0
        components:
          messages:
            m: {payload: {$ref: 'missing.avsc'}}
            weird: {$ref: '#components.not.a.pointer'}
        responses:
          200: ok
        """);
    fx.write("slo.txt", "99.9% of events within 30 seconds\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    JsonNode api = r.resolved().orElseThrow().tree().at("/interfaceComponents/outputPorts/0/promises/api/definition");
    assertThat(api.at("/components/messages/m/payload/$ref").asText()).isEqualTo("missing.avsc");
    assertThat(api.at("/responses/200").asText()).isEqualTo("ok");
    Definition slo = outputPort(r, 0).promises().orElseThrow().slo().orElseThrow().definition().orElseThrow();
    assertThat(slo.kind()).isEqualTo(Definition.Kind.TEXT);
    assertThat(slo.asText()).contains("99.9% of events within 30 seconds\n");
    SourceLocation sloAt = r.resolved().orElseThrow()
        .locate("/interfaceComponents/outputPorts/0/promises/slo/definition").orElseThrow();
    assertThat(sloAt).isEqualTo(new SourceLocation(dir.resolve("slo.txt").toUri(), 1, 1));
  }

  @Test
  void hrefLinksAreNeverFollowed() {
    fx.write("root.yaml", Fixture.root("[{name: p, version: 1.0.0, externalDocs: {$href: 'missing.html'}}]"));

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    assertThat(outputPort(r, 0).externalDocs().orElseThrow().href()).contains("missing.html");
  }

  @Test
  void referencesAreFollowedOnlyWhereTheSpecAllowsThem() {
    fx.write("root.yaml", """
        dataProductDescriptor: 1.0.0
        info: {$ref: info.yaml}
        interfaceComponents:
          outputPorts:
            - name: p
              version: 1.0.0
              promises:
                api: {$ref: '#/components/apis/shared'}
        components:
          apis:
            shared: {name: shared, version: 1.0.0, specification: openapi, definition: {}}
        """);
    fx.write("info.yaml", "name: never\n");

    LoadResult spec = fx.load("root.yaml");
    LoadResult lenient = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT).build()
        .load(dir.resolve("root.yaml"));

    assertThat(spec.diagnostics()).isEmpty();
    JsonNode tree = spec.resolved().orElseThrow().tree();
    assertThat(tree.at("/info/$ref").asText()).isEqualTo("info.yaml");
    assertThat(tree.at("/interfaceComponents/outputPorts/0/promises/api/$ref").asText())
        .isEqualTo("#/components/apis/shared");
    assertThat(outputPort(spec, 0).promises().orElseThrow().api().orElseThrow().reference()).isPresent();
    assertThat(spec.resolved().orElseThrow().documents()).hasSize(1);

    assertThat(lenient.resolved().orElseThrow().tree().at("/info/$ref").asText()).isEqualTo("info.yaml");
    assertThat(outputPort(lenient, 0).promises().orElseThrow().api().orElseThrow().name()).contains("shared");
  }

  @Test
  void referencesInsideDraftOnlyFieldsAreKeptAsWrittenNotFollowed() {
    // Shaped like the DRAFT-era history of the spec's example: build, deploy and provision blocks, and contracts,
    // whose references name services and documents that do not exist.
    fx.write("root.yaml", Fixture.root("[{$ref: ports/status.yaml}]") + """
        internalComponents:
          applicationComponents:
            - name: app
              version: 1.0.0
              buildInfo:
                service: {$ref: 'services/azure-devops.json'}
                template: {$ref: 'templates/missing.yaml#/build'}
              deployInfo: {$ref: 'https://ci.example.org/deploy.json'}
          infrastructuralComponents:
            - name: store
              version: 1.0.0
              provisionInfo: {service: {$ref: 'services/terraform.json'}}
        """);
    fx.write("ports/status.yaml", """
        name: status
        version: 1.0.0
        contracts: {$ref: 'contracts/missing.yaml'}
        """);

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    JsonNode tree = r.resolved().orElseThrow().tree();
    assertThat(tree.at("/internalComponents/applicationComponents/0/buildInfo/service/$ref").asText())
        .isEqualTo("services/azure-devops.json");
    assertThat(tree.at("/internalComponents/applicationComponents/0/deployInfo/$ref").asText())
        .isEqualTo("https://ci.example.org/deploy.json");
    assertThat(tree.at("/internalComponents/infrastructuralComponents/0/provisionInfo/service/$ref").asText())
        .isEqualTo("services/terraform.json");
    assertThat(tree.at("/interfaceComponents/outputPorts/0/contracts/$ref").asText())
        .isEqualTo("contracts/missing.yaml");
    assertThat(r.resolved().orElseThrow().documents()).hasSize(2);
  }

  @Test
  void aCycleIsReportedWithTheWholeChain() {
    fx.write("root.yaml", Fixture.root("[{$ref: '#/components/outputPorts/a'}]") + """
        components:
          outputPorts:
            a: {$ref: 'other.yaml#/b'}
        """);
    fx.write("other.yaml", "b: {$ref: 'root.yaml#/components/outputPorts/a'}\n");

    LoadResult r = fx.load("root.yaml");

    Diagnostic cycle = r.diagnostics().stream().filter(d -> d.ruleId().equals("ref.cycle")).findFirst().orElseThrow();
    assertThat(cycle.message()).isEqualTo("Reference cycle: root.yaml#/components/outputPorts/a -> other.yaml#/b"
        + " -> root.yaml#/components/outputPorts/a"); // files named from the root document's folder
    assertThat(cycle.pointer()).isEqualTo("/interfaceComponents/outputPorts/0");
    assertThat(outputPort(r, 0).reference()).isPresent();
  }

  @Test
  void aSelfReferenceIsACycle() {
    fx.write("root.yaml", Fixture.root("[{$ref: '#/components/outputPorts/a'}]") + """
        components:
          outputPorts:
            a: {$ref: '#/components/outputPorts/a'}
        """);

    assertThat(fx.load("root.yaml").diagnostics()).extracting(Diagnostic::ruleId).contains("ref.cycle");
  }

  @Test
  void aMissingFileIsReportedAtTheReferenceLineInTheReferringFile() {
    fx.write("root.yaml", Fixture.root("\n    - name: fine\n      version: 1.0.0\n    - $ref: ports/missing.yaml"));

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo("ref.unresolved");
    assertThat(d.pointer()).isEqualTo("/interfaceComponents/outputPorts/1");
    assertThat(d.location()).contains(new SourceLocation(dir.resolve("root.yaml").toUri(), 12, 7));
    assertThat(d.message()).contains("ports/missing.yaml");
    assertThat(d.toString()).startsWith(dir.resolve("root.yaml") + ":12:7: error [ref.unresolved]");
  }

  @Test
  void aFragmentThatIsNotAPointerOrFindsNothingIsReported() {
    fx.write("root.yaml", Fixture.root("[{$ref: 'p.yaml#name'}, {$ref: 'p.yaml#/nothing'}]"));
    fx.write("p.yaml", "name: p\nversion: 1.0.0\n");

    assertThat(fx.load("root.yaml").diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("ref.pointer", "ref.pointer");
    assertThat(fx.load("root.yaml").diagnostics().get(1).message())
        .isEqualTo("Cannot resolve $ref 'p.yaml#/nothing': p.yaml has no node at #/nothing");
  }

  @Test
  void aMalformedRefIsReported() {
    fx.write("root.yaml",
        Fixture.root("[{$ref: 42}, {$ref: 'a b|c'}, {$ref: ''}, {$ref: '50%.yaml'}, {$ref: 'a#b#c'}]"));

    assertThat(fx.load("root.yaml").diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::message)
        .containsExactly(
            tuple("ref.invalid", "$ref must be a non-empty string"),
            tuple("ref.invalid", "$ref 'a b|c' is not a URI reference: Illegal character in path; write ' '"
                + " (character 2) percent-encoded, as %20"),
            tuple("ref.invalid", "$ref must be a non-empty string"),
            tuple("ref.invalid", "$ref '50%.yaml' is not a URI reference: Malformed escape pair; write '%'"
                + " (character 3) percent-encoded, as %25"),
            tuple("ref.invalid", "$ref 'a#b#c' is not a URI reference: Illegal character in fragment"));
  }

  @Test
  void syntaxErrorsInAReferencedFileAreLocatedThere() {
    fx.write("root.yaml", Fixture.root("[{$ref: broken.json}]"));
    fx.write("broken.json", "{\n  \"name\": \"p\",\n  \"version\": \n}\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.syntax", "load.syntax");
    Diagnostic syntax = r.diagnostics().get(0);
    assertThat(syntax.location().orElseThrow().uri()).isEqualTo(dir.resolve("broken.json").toUri());
    assertThat(syntax.location().orElseThrow().line()).isEqualTo(4);
    assertThat(syntax.pointer()).isEqualTo("/interfaceComponents/outputPorts/0");
    assertThat(r.diagnostics().get(1).location().orElseThrow().uri()).isEqualTo(dir.resolve("root.yaml").toUri());
  }

  @Test
  void eachDocumentIsReadOnceAndTheAuthoredTreesAreLeftUnchanged() {
    fx.write("root.yaml", Fixture.root("[{$ref: p.yaml}, {$ref: 'p.yaml'}]"));
    fx.write("p.yaml", "name: p\nversion: 1.0.0\n");
    int[] reads = {0};
    ResourceLoader counting = new ResourceLoader() {
      final ResourceLoader files = ResourceLoader.fileSystem(dir);

      @Override
      public boolean supports(java.net.URI uri) {
        return files.supports(uri);
      }

      @Override
      public byte[] read(java.net.URI uri, long maxBytes) throws ResourceException {
        reads[0]++;
        return files.read(uri, maxBytes);
      }
    };

    LoadResult r = DescriptorLoader.builder().loader(counting).build().load(dir.resolve("root.yaml"));

    assertThat(reads[0]).isEqualTo(2);
    Document root = r.resolved().orElseThrow().document(dir.resolve("root.yaml").toUri()).orElseThrow();
    assertThat(root.tree().orElseThrow().at("/interfaceComponents/outputPorts/0/$ref").asText()).isEqualTo("p.yaml");
  }

  @Test
  void loadingAsAuthoredKeepsReferencesAsStubs() {
    fx.write("root.yaml", Fixture.root("[{$ref: p.yaml, description: d}]"));

    LoadResult r = DescriptorLoader.builder().resolveReferences(false).build().load(dir.resolve("root.yaml"));

    assertThat(r.diagnostics()).isEmpty();
    Port stub = outputPort(r, 0);
    assertThat(stub.reference().orElseThrow().ref()).contains("p.yaml");
    assertThat(stub.reference().orElseThrow().description()).contains("d");
    assertThat(stub.unknownProperties()).isEmpty();
  }

  @Test
  void aDuplicateKeyInADefinitionDocumentIsALoadFindingThereOnceThoughTwoPortsReadIt() {
    fx.write("root.yaml", Fixture.root("[{$ref: port.yaml}, {$ref: port2.yaml}]"));
    String port = """
        name: %s
        version: 1.0.0
        promises:
          api: {name: api, version: 1.0.0, specification: openapi, definition: {$ref: api.yaml}}
        """;
    fx.write("port.yaml", port.formatted("p"));
    fx.write("port2.yaml", port.formatted("q"));
    fx.write("api.yaml", "openapi: 3.1.0\ninfo: {title: a, version: 1.0.0}\ninfo: {title: b, version: 1.0.0}\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.duplicate-key");
      assertThat(d.pointer()).isEqualTo("/interfaceComponents/outputPorts/0/promises/api/definition");
      assertThat(d.location().orElseThrow().uri()).isEqualTo(dir.resolve("api.yaml").toUri());
      assertThat(d.location().orElseThrow().line()).isEqualTo(3);
    });
    assertThat(r.resolved().orElseThrow().tree().at("/interfaceComponents/outputPorts/1/promises/api/definition/info"
        + "/title").asText()).as("the first value is kept").isEqualTo("a");
  }

  @Test
  void aForeignDocumentThatDoesNotParseIsKeptAsTextWithItsProblems() {
    fx.write("root.yaml", Fixture.root("[{$ref: port.yaml}]"));
    fx.write("port.yaml", """
        name: p
        version: 1.0.0
        promises:
          api: {name: api, version: 1.0.0, specification: openapi, definition: {$ref: api.json}}
        """);
    fx.write("api.json", "{\"openapi\": \"3.1.0\",\n  \"paths\": {\n}");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).isEmpty();
    Document api = r.resolved().orElseThrow().document(dir.resolve("api.json").toUri()).orElseThrow();
    assertThat(api.format()).isEqualTo(Format.TEXT);
    assertThat(api.text()).contains("{\"openapi\": \"3.1.0\",\n  \"paths\": {\n}");
    assertThat(api.problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.syntax");
      assertThat(d.location().orElseThrow().uri()).isEqualTo(dir.resolve("api.json").toUri());
    });
    assertThat(outputPort(r, 0).promises().orElseThrow().api().orElseThrow().definition().orElseThrow().kind())
        .isEqualTo(Definition.Kind.TEXT);
  }

  @Test
  void aMissingDefinitionDocumentIsReportedAndTheReferenceKept() {
    fx.write("root.yaml", Fixture.root("[{$ref: port.yaml}]"));
    fx.write("port.yaml", """
        name: p
        version: 1.0.0
        promises:
          api: {name: api, version: 1.0.0, specification: openapi, definition: {$ref: nowhere.yaml}}
        """);

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.unresolved");
      assertThat(d.pointer()).isEqualTo("/interfaceComponents/outputPorts/0/promises/api/definition");
      assertThat(d.location().orElseThrow().uri()).isEqualTo(dir.resolve("port.yaml").toUri());
      assertThat(d.location().orElseThrow().line()).isEqualTo(4);
    });
    assertThat(outputPort(r, 0).promises().orElseThrow().api().orElseThrow().definition().orElseThrow()
        .asReference().orElseThrow().ref()).contains("nowhere.yaml");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ports/status.json", "ports/status.json#/outputPorts/0", "#/components/outputPorts/status", "a%20b.json",
      "a%20b.json#/x%2Fy", "%7Eports/s.yaml", "sch\u00e9ma.json", "sch\u00e9ma.json#/\u00e9", "../up.json?v=1",
      "?query#frag", "https://[::1]:8080/p.json#/a", "urn:x:y", "urn:x:y#z", "mailto:someone@example.com",
      "file:/tmp/a%2Fb.json", "//host/path.json", ""})
  void aReferencesDocumentIsItsUriWithoutTheFragmentExactlyAsTheUriConstructorMakesIt(String reference)
      throws URISyntaxException {
    for (URI base : List.of(URI.create("file:/work/root.yaml"), URI.create("mem://bench/root.json"),
        URI.create("urn:root"))) {
      URI uri = base.resolve(new URI(reference));
      URI same = base.resolve(new URI(reference)); // as the resolver has it: no part of it asked yet

      URI document = Resolver.withoutFragment(same);

      URI expected = new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
      assertThat(document).as(uri.toString()).isEqualTo(expected);
      assertThat(document.toString()).isEqualTo(expected.toString());
    }
  }
}
