package io.dpds.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void specificationVersionsAreTheSameWithTheTrailingZerosAWriterLeftOut() {
    assertThat(StandardDefinition.sameSpecificationVersion("3.0", "3.0.0")).isTrue();
    assertThat(StandardDefinition.sameSpecificationVersion(" 2 ", "2.0.0")).isTrue();
    assertThat(StandardDefinition.sameSpecificationVersion("3.1", "3.0.0")).isFalse();
    assertThat(StandardDefinition.sameSpecificationVersion("3.0.0-RC1", "3.0.0-rc1")).as("letter case counts")
        .isFalse();
  }

  @Test
  void bindingKeepsExtensionsUnknownAndMistypedPropertiesInAuthoredOrder() {
    DataProductDescriptor d = ModelJson.toDescriptor(json("""
        {"x-team": {"slack": "#fleet"},
         "dataProductDescriptor": "1.0.0",
         "info": {"name": 42, "version": "1.0.0", "x-internal-id": "abc", "expectatctions": true},
         "interfaceComponents": {"outputPorts": [], "x-not-allowed-here": 1}}
        """));

    assertThat(d.propertyNames()).containsExactly("x-team", "dataProductDescriptor", "info", "interfaceComponents");
    assertThat(d.extensions()).containsOnlyKeys("x-team");
    Info info = d.info().orElseThrow();
    assertThat(info.name()).isEmpty();
    assertThat(info.mistypedProperties()).containsEntry("name", json("42"));
    assertThat(info.extensions()).containsEntry("x-internal-id", TextNode.valueOf("abc"));
    assertThat(info.unknownProperties()).containsOnlyKeys("expectatctions");
    InterfaceComponents ports = d.interfaceComponents().orElseThrow();
    assertThat(ports.extensions()).isEmpty();
    assertThat(ports.unknownProperties()).containsOnlyKeys("x-not-allowed-here");
  }

  @Test
  void absentIsDistinguishedFromEmpty() {
    InterfaceComponents empty = ModelJson.toDescriptor(json("{\"interfaceComponents\": {\"outputPorts\": []}}"))
        .interfaceComponents().orElseThrow();
    InterfaceComponents absent = ModelJson.toDescriptor(json("{\"interfaceComponents\": {}}"))
        .interfaceComponents().orElseThrow();

    assertThat(empty.outputPorts()).isEmpty();
    assertThat(absent.outputPorts()).isEmpty();
    assertThat(empty.has("outputPorts")).isTrue();
    assertThat(absent.has("outputPorts")).isFalse();
    assertThat(empty).isNotEqualTo(absent);
  }

  @Test
  void portsKnowTheirKindFromWhereTheyStand() {
    DataProductDescriptor d = ModelJson.toDescriptor(json("""
        {"interfaceComponents": {
           "inputPorts": [{"name": "in"}], "outputPorts": [{"name": "out"}], "discoveryPorts": [{"name": "dis"}],
           "observabilityPorts": [{"name": "obs"}], "controlPorts": [{"name": "ctl"}]},
         "components": {"outputPorts": {"shared": {"name": "shared"}}}}
        """));

    assertThat(d.ports()).extracting(Port::kind).containsExactly(PortKind.values());
    assertThat(d.ports()).extracting(p -> p.name().orElseThrow()).containsExactly("in", "out", "dis", "obs", "ctl");
    assertThat(d.components().orElseThrow().ports(PortKind.OUTPUT).get("shared").kind()).isEqualTo(PortKind.OUTPUT);
  }

  @Test
  void definitionIsAnObjectATextOrAReference() {
    Promises p = ModelJson.toDescriptor(json("""
        {"interfaceComponents": {"outputPorts": [{"promises": {
           "api": {"definition": {"openapi": "3.1.0"}},
           "slo": {"definition": "99.9"},
           "deprecationPolicy": {"definition": {"$ref": "policy.yaml", "mediaType": "application/yaml"}}}}]}}
        """)).ports().get(0).promises().orElseThrow();

    assertThat(p.api().orElseThrow().definition().orElseThrow().kind()).isEqualTo(Definition.Kind.OBJECT);
    assertThat(p.slo().orElseThrow().definition().orElseThrow().asText()).contains("99.9");
    Definition ref = p.deprecationPolicy().orElseThrow().definition().orElseThrow();
    assertThat(ref.kind()).isEqualTo(Definition.Kind.REFERENCE);
    assertThat(ref.asReference().orElseThrow().mediaType()).contains("application/yaml");
  }

  @Test
  void lifecycleInfoIsAnOrderedMapOfStagesToTasks() {
    InternalComponents internal = ModelJson.toDescriptor(json("""
        {"internalComponents": {"lifecycleInfo": {
           "prod": [{"name": "b", "order": 2}, {"name": "a"}],
           "dev": [{"name": "c", "service": {"$href": "https://ci"}, "configurations": {"k": "v"}}],
           "deprecated": [{}]}}}
        """)).internalComponents().orElseThrow();

    assertThat(internal.lifecycleInfo()).containsOnlyKeys("prod", "dev", "deprecated");
    assertThat(internal.lifecycleInfo().keySet()).containsExactly("prod", "dev", "deprecated");
    assertThat(internal.lifecycleInfo().get("prod")).extracting(t -> t.name().orElseThrow()).containsExactly("b", "a");
    assertThat(internal.lifecycleInfo().get("prod").get(0).order()).contains(2);
    LifecycleTask dev = internal.lifecycleInfo().get("dev").get(0);
    assertThat(dev.service().orElseThrow().href()).contains("https://ci");
    assertThat(dev.serviceReference()).isEmpty();
    assertThat(dev.configurations().orElseThrow().get("k").asText()).isEqualTo("v");
  }

  /** Binding notes objects made only of fixed fields; any other key still goes through the full classification. */
  @Test
  void objectsOfFixedFieldsOnlyHaveNoUnknownPropertiesAndAReferenceStubsFieldsAreKnownOnlyOnAStub() {
    DataProductDescriptor d = ModelJson.toDescriptor(json("""
        {"interfaceComponents": {"outputPorts": [
           {"name": "a", "version": "1.0.0", "description": "fixed fields only"},
           {"name": "b", "mediaType": "application/json"},
           {"$ref": "#/components/outputPorts/c", "mediaType": "application/json"},
           {"name": "d", "x-team": "fleet"}]}}
        """));

    List<Port> ports = d.ports();
    assertThat(ports.get(0).unknownProperties()).isEmpty();
    assertThat(ports.get(0).extensions()).isEmpty();
    assertThat(ports.get(1).unknownProperties()).containsOnlyKeys("mediaType");
    assertThat(ports.get(2).unknownProperties()).isEmpty();
    assertThat(ports.get(3).unknownProperties()).isEmpty();
    assertThat(ports.get(3).extensions()).containsOnlyKeys("x-team");
    assertThat(ports.get(0).unknownPropertyNames()).isEmpty();
    assertThat(ports.get(1).unknownPropertyNames()).containsExactly("mediaType");
    assertThat(ports.get(2).unknownPropertyNames()).isEmpty();
    assertThat(ports.get(3).unknownPropertyNames()).isEmpty();
  }

  @Test
  void draftShapedDocumentsKeepWhatTheyCarryVisible() {
    DataProductDescriptor d = ModelJson.toDescriptor(json("""
        {"interfaceComponents": {"outputPorts": [{"name": "p", "contracts": {"sla": {"description": "x"}}}]},
         "internalComponents": {
           "applicationComponents": [{"buildInfo": {"service": {"$href": "ci"}}, "deployInfo": {}}],
           "infrastructuralComponents": [{"provisionInfo": {"template": {"specification": "terraform"}}}]}}
        """));

    Port port = d.ports().get(0);
    assertThat(port.draftContracts().orElseThrow().sla().orElseThrow().description()).contains("x");
    assertThat(port.unknownProperties()).containsOnlyKeys("contracts");
    ApplicationComponent app = d.internalComponents().orElseThrow().applicationComponents().get(0);
    assertThat(app.draftBuildInfo().orElseThrow().service().orElseThrow().href()).contains("ci");
    assertThat(app.draftDeployInfo()).isPresent();
    assertThat(app.unknownProperties()).containsOnlyKeys("buildInfo", "deployInfo");
    assertThat(app.unknownPropertyNames()).containsExactly("buildInfo", "deployInfo");
    assertThat(port.unknownPropertyNames()).containsExactly("contracts");
    assertThat(d.ports().get(0).unknownPropertyNames()).isUnmodifiable();
    InfrastructuralComponent infra = d.internalComponents().orElseThrow().infrastructuralComponents().get(0);
    assertThat(infra.draftProvisionInfo().orElseThrow().template().orElseThrow().specification())
        .contains("terraform");
  }

  @Test
  void buildersMakeImmutableValuesThatEqualWhatIsRead() {
    Port built = Port.builder(PortKind.OUTPUT)
        .name("status")
        .version("1.0.0")
        .tags(List.of("a"))
        .promises(Promises.builder().servicesType("rest-services").build())
        .extension("x-owner", TextNode.valueOf("me"))
        .build();
    Port read = ModelJson.toDescriptor(json("""
        {"interfaceComponents": {"outputPorts": [
          {"name": "status", "version": "1.0.0", "tags": ["a"], "promises": {"servicesType": "rest-services"},
           "x-owner": "me"}]}}
        """)).ports().get(0);

    assertThat(built).isEqualTo(read).hasSameHashCodeAs(read);
    assertThat(built.toBuilder().name("other").build().name()).contains("other");
    assertThat(built.name()).contains("status");
    assertThatThrownBy(() -> built.tags().add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Port.builder(PortKind.INPUT).extension("owner", TextNode.valueOf("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterfaceComponents.builder().ports(PortKind.INPUT, List.of(built)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWholeDescriptorBuiltWithBuildersEqualsTheSameDescriptorRead() {
    StandardDefinition terms = StandardDefinition.builder().name("terms").version("1.0.0").specification("custom")
        .definition(Definition.ofText("internal use")).build();
    DataProductDescriptor built = DataProductDescriptor.builder()
        .dataProductDescriptor("1.0.0")
        .info(Info.builder().name("trips").version("1.2.0").domain("logistics")
            .owner(Owner.builder().id("fleet@acme.com").name("Fleet").build())
            .contactPoints(List.of(ContactPoint.builder().name("team").description("the team").channel("email")
                .address("fleet@acme.com").build())).build())
        .interfaceComponents(InterfaceComponents.builder().ports(PortKind.OUTPUT, List.of(
            Port.builder(PortKind.OUTPUT).name("status").version("1.0.0")
                .expectations(Expectations.builder().audience(terms).usage(terms).build())
                .obligations(Obligations.builder().termsAndConditions(terms).billingPolicy(terms).sla(terms).build())
                .build())).build())
        .internalComponents(InternalComponents.builder()
            .infrastructuralComponents(List.of(InfrastructuralComponent.builder().name("topics").version("1.0.0")
                .platform("kafka").infrastructureType("storage-resource").dependsOn(List.of("urn:x")).build()))
            .lifecycleInfo(Map.of("dev", List.of(LifecycleTask.builder().name("deploy").order(1)
                .service(ExternalResource.builder("https://ci.example.org").build())
                .template(terms).configurations(json("{\"env\": \"dev\"}")).build())))
            .build())
        .build();
    String terms1 = "{\"name\": \"terms\", \"version\": \"1.0.0\", \"specification\": \"custom\","
        + " \"definition\": \"internal use\"}";
    DataProductDescriptor read = ModelJson.toDescriptor(json("""
        {"dataProductDescriptor": "1.0.0",
         "info": {"name": "trips", "version": "1.2.0", "domain": "logistics",
                  "owner": {"id": "fleet@acme.com", "name": "Fleet"},
                  "contactPoints": [{"name": "team", "description": "the team", "channel": "email",
                                     "address": "fleet@acme.com"}]},
         "interfaceComponents": {"outputPorts": [{"name": "status", "version": "1.0.0",
            "expectations": {"audience": @T, "usage": @T},
            "obligations": {"termsAndConditions": @T, "billingPolicy": @T, "sla": @T}}]},
         "internalComponents": {
            "infrastructuralComponents": [{"name": "topics", "version": "1.0.0", "platform": "kafka",
               "infrastructureType": "storage-resource", "dependsOn": ["urn:x"]}],
            "lifecycleInfo": {"dev": [{"name": "deploy", "order": 1, "service": {"$href": "https://ci.example.org"},
               "template": @T, "configurations": {"env": "dev"}}]}}}
        """.replace("@T", terms1)));

    assertThat(built).isEqualTo(read).hasSameHashCodeAs(read);
    assertThat(built.toJson()).isEqualTo(read.toJson());
    ContactPoint contact = built.info().orElseThrow().contactPoints().get(0);
    assertThat(contact.toBuilder().channel("slack").build().channel()).contains("slack");
    assertThat(read.ports().get(0).obligations().orElseThrow().sla()).contains(terms);
    assertThat(read.internalComponents().orElseThrow().lifecycleInfo().get("dev").get(0).toBuilder().order(2).build()
        .order()).contains(2);
  }

  @Test
  void rawJsonHandedOutIsACopy() {
    Info info = Info.builder().property("x-data", json("{\"a\": 1}")).build();

    ((com.fasterxml.jackson.databind.node.ObjectNode) info.extensions().get("x-data")).put("a", 2);

    assertThat(info.extensions().get("x-data").get("a").intValue()).isEqualTo(1);
  }

  @Test
  void rawJsonTakenInIsACopyWhetherBoundOrSetOnABuilder() {
    JsonNode tree = json("{\"dataProductDescriptor\": \"1.0.0\", \"info\": {\"name\": \"p\", \"x-data\": {\"a\": 1}},"
        + " \"interfaceComponents\": {\"outputPorts\": [{\"name\": \"o\", \"promises\": {\"api\":"
        + " {\"definition\": {\"openapi\": \"3.1.0\"}}}}]}}");
    JsonNode extension = json("{\"a\": 1}");
    DataProductDescriptor bound = ModelJson.toDescriptor(tree);
    Info built = Info.builder().property("x-data", extension).build();

    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("info").get("x-data")).put("a", 2);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/interfaceComponents/outputPorts/0/promises/api/definition"))
        .put("openapi", "2.0");
    ((com.fasterxml.jackson.databind.node.ObjectNode) extension).put("a", 2);

    assertThat(bound.info().orElseThrow().extensions().get("x-data").get("a").intValue()).isEqualTo(1);
    assertThat(bound.toJson().at("/interfaceComponents/outputPorts/0/promises/api/definition/openapi").asText())
        .isEqualTo("3.1.0");
    assertThat(built.extensions().get("x-data").get("a").intValue()).isEqualTo(1);
  }

  @Test
  void aReferenceStubIsAComponentWithAReference() {
    Port stub = Port.builder(PortKind.INPUT).reference(Reference.builder("ports/in.yaml").build()).build();

    assertThat(stub.reference().orElseThrow().ref()).contains("ports/in.yaml");
    assertThat(stub.toJson().toString()).isEqualTo("{\"$ref\":\"ports/in.yaml\"}");
    assertThat(Port.builder(PortKind.INPUT).name("real").build().reference()).isEmpty();
  }

  @Test
  void componentsMapsAreKeyedAndKeepTheirOrder() {
    Components components = Components.builder()
        .apis(Map.of("a", StandardDefinition.builder().name("a").build()))
        .templates(new java.util.LinkedHashMap<>(Map.of("t", StandardDefinition.builder().name("t").build())))
        .build();

    assertThat(components.apis()).containsOnlyKeys("a");
    assertThat(ModelJson.toDescriptor(json("{\"components\": " + components.toJson() + "}")).components())
        .contains(components);
  }

  @Test
  void aRootThatIsNotAnObjectCannotBeBound() {
    assertThatThrownBy(() -> ModelJson.toDescriptor(json("[]"))).isInstanceOf(IllegalArgumentException.class);
  }
}
