package io.dpds.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dpds.model.ApplicationComponent;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.Info;
import io.dpds.model.InterfaceComponents;
import io.dpds.model.InternalComponents;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.model.Reference;
import io.dpds.report.Diagnostic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentityTest {

  @Test
  void uuidV5MatchesTheSpecExamples() {
    assertThat(IdStrategy.UUID_V5.idFor("urn:dpds:it.quantyca:dataproducts:tripExecution:1"))
        .isEqualTo(UUID.fromString("2b172838-73b1-5d6c-be45-cc75aee180a0"));
    assertThat(IdStrategy.UUID_V5.idFor("urn:dpds:it.quantyca:dataproducts:tripExecution:1:inputports:tmsTripCDC"))
        .isEqualTo(UUID.fromString("3235744b-8d2e-57b5-afba-f66862cc6a21"));
    assertThat(IdStrategy.UUID_V5.idFor("urn:dpds:com.company-xyz:dataproducts:tripExecution:1"))
        .isEqualTo(UUID.fromString("ff5ef1cd-13ea-5f1d-a83e-0a000515bdd7"));
    assertThat(IdStrategy.UUID_V5.idFor("urn:dpds:com.company-xyz:dataproducts:tripExecution:1:outputports:tripStatus"))
        .isEqualTo(UUID.fromString("2886b319-024c-5b35-9526-06bed5f5b0a5"));
    assertThat(IdStrategy.UUID_V5.idFor("x").version()).isEqualTo(5);
  }

  @Test
  void odmPlatformStrategyReproducesThatPlatformsIds() {
    // MD5 name-based UUID (version 3) without a namespace, as UUID.nameUUIDFromBytes computes it
    assertThat(IdStrategy.ODM_PLATFORM.idFor("urn:dpds:it.quantyca:dataproducts:tripExecution:1"))
        .isEqualTo(UUID.fromString("1f541d38-37fc-3753-beb8-e69f480c6916"));
    assertThat(IdStrategy.ODM_PLATFORM.idFor("urn:dpds:com.company-xyz:dataproducts:tripExecution:1"))
        .isEqualTo(UUID.fromString("3187c1fa-dd44-344a-a5b5-a4e86677b5dd"));
  }

  @Test
  void fqnsAreBuiltForEveryKind() {
    Fqn product = Fqn.product("com.acme", "trips", 2);

    assertThat(product).hasToString("urn:dpds:com.acme:dataproducts:trips:2");
    assertThat(product.port(PortKind.OUTPUT, "status")).hasToString("urn:dpds:com.acme:dataproducts:trips:2:outputports:status");
    assertThat(product.port(PortKind.OBSERVABILITY, "health")).hasToString(
        "urn:dpds:com.acme:dataproducts:trips:2:observabilityports:health");
    assertThat(product.application("app")).hasToString("urn:dpds:com.acme:dataproducts:trips:2:applications:app");
    assertThat(product.infrastructure("db")).hasToString("urn:dpds:com.acme:dataproducts:trips:2:infrastructure:db");
    assertThat(Fqn.standardDefinition("com.acme", "api", "customApi", "1"))
        .hasToString("urn:dpds:com.acme:apis:customApi:1");
    assertThatThrownBy(() -> Fqn.product("a:b", "c", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> product.port(PortKind.INPUT, "x").application("y"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void fqnsParseBackToTheirParts() {
    Fqn port = Fqn.parse("urn:dpds:com.company-xyz:dataproducts:tripExecution:1:discoveryports:about").orElseThrow();

    assertThat(port.kind()).isEqualTo(Fqn.Kind.PORT);
    assertThat(port.portKind()).contains(PortKind.DISCOVERY);
    assertThat(port.namespace()).isEqualTo("com.company-xyz");
    assertThat(port.productName()).contains("tripExecution");
    assertThat(port.productMajor()).contains("1");
    assertThat(port.componentName()).contains("about");
    assertThat(port.productFqn()).contains(Fqn.product("com.company-xyz", "tripExecution", 1));
    Fqn api = Fqn.parse("urn:dpds:it.quantyca:apis:customApi:1").orElseThrow();
    assertThat(api.kind()).isEqualTo(Fqn.Kind.STANDARD_DEFINITION);
    assertThat(api.entityType()).contains("api");
    assertThat(Fqn.parse("urn:dpds:com.company-xyz:dataproducts:trackandtrace")).isEmpty();
    assertThat(Fqn.parse("urn:dpds:x:dataproducts:p:01")).isEmpty();
    assertThat(Fqn.parse("urn:dpds:x:dataproducts:p:1:widgets:w")).isEmpty();
    assertThat(Fqn.parse(null)).isEmpty();
  }

  /**
   * The parser against the grammar of section 3.1 written as regular expressions, on every combination of right and
   * wrong segments: the same FQN, or none, for each.
   */
  @Test
  void parsingAgreesWithTheGrammarOnEveryShape() {
    List<String> texts = new ArrayList<>();
    for (String prefix : List.of("urn:dpds:", "urn:dpd:", "", "URN:dpds:")) {
      for (String namespace : List.of("com.acme", "", "a-b_c")) {
        for (String type : List.of("dataproducts", "dataproduct", "apis", "templates", "s", "")) {
          for (String version : List.of("0", "01", "1", "12", "x", "1.0.0", "")) {
            for (String tail : List.of("", ":outputports:p", ":applications:a", ":infrastructure:i", ":controlports:c",
                ":widgets:w", ":outputports", ":outputports:p:q", ":", ":extra")) {
              texts.add(prefix + namespace + ":" + type + ":" + "name:" + version + tail);
              texts.add(prefix + namespace + ":" + type + ":" + version + tail);
            }
          }
        }
      }
    }
    texts.addAll(List.of("urn:dpds:", "urn:dpds:x", "urn:dpds:x:apis", "urn:dpds:x:apis:a", "urn:dpds:x:apis:a:1:"));
    int parsed = 0;
    for (String text : texts) {
      Optional<Fqn> fqn = Fqn.parse(text);
      assertThat(fqn).as(text).isEqualTo(byGrammar(text));
      fqn.ifPresent(f -> assertThat(f).hasToString(text).hasSameHashCodeAs(byGrammar(text).orElseThrow()));
      parsed += fqn.isPresent() ? 1 : 0;
    }
    assertThat(parsed).isGreaterThan(50).isLessThan(texts.size() / 2);
  }

  private static final Pattern PRODUCT = Pattern.compile("urn:dpds:([^:]+):dataproducts:([^:]+):(0|[1-9][0-9]*)"
      + "(?::(inputports|outputports|discoveryports|observabilityports|controlports|applications|infrastructure)"
      + ":([^:]+))?");
  private static final Pattern DEFINITION = Pattern.compile("urn:dpds:([^:]+):([^:]+)s:([^:]+):([^:]+)");

  private static Optional<Fqn> byGrammar(String text) {
    Matcher m = PRODUCT.matcher(text);
    if (m.matches()) {
      Fqn product = Fqn.product(m.group(1), m.group(2), Long.parseLong(m.group(3)));
      return Optional.of(switch (String.valueOf(m.group(4))) {
        case "null" -> product;
        case "applications" -> product.application(m.group(5));
        case "infrastructure" -> product.infrastructure(m.group(5));
        default -> product.port(Arrays.stream(PortKind.values())
            .filter(kind -> kind.fqnSegment().equals(m.group(4))).findFirst().orElseThrow(), m.group(5));
      });
    }
    Matcher d = DEFINITION.matcher(text);
    return d.matches() && !d.group(2).equals("dataproduct")
        ? Optional.of(Fqn.standardDefinition(d.group(1), d.group(2), d.group(3), d.group(4))) : Optional.empty();
  }

  private static DataProductDescriptor descriptor(Info info, Port port, ApplicationComponent app) {
    return DataProductDescriptor.builder()
        .info(info)
        .interfaceComponents(InterfaceComponents.builder().ports(PortKind.OUTPUT, List.of(port,
            Port.builder(PortKind.OUTPUT).reference(Reference.builder("elsewhere.yaml").build()).build())).build())
        .internalComponents(InternalComponents.builder().applicationComponents(List.of(app)).build())
        .build();
  }

  @Test
  void enrichDerivesTheReadOnlyFieldsWithoutTouchingItsInput() {
    DataProductDescriptor input = descriptor(
        Info.builder().name("trips").version("2.3.4").build(),
        Port.builder(PortKind.OUTPUT).name("status").version("1.0.0").build(),
        ApplicationComponent.builder().name("proc").version("1.0.0").build());

    Enricher.Result result = Enricher.defaults().withNamespace("com.acme").enrich(input);

    assertThat(result.diagnostics()).isEmpty();
    Info info = result.descriptor().info().orElseThrow();
    assertThat(info.fullyQualifiedName()).contains("urn:dpds:com.acme:dataproducts:trips:2");
    assertThat(info.id()).contains(IdStrategy.UUID_V5.idFor("urn:dpds:com.acme:dataproducts:trips:2").toString());
    assertThat(info.entityType()).contains("dataproduct");
    Port port = result.descriptor().ports().get(0);
    assertThat(port.fullyQualifiedName()).contains("urn:dpds:com.acme:dataproducts:trips:2:outputports:status");
    assertThat(port.entityType()).contains("outputport");
    assertThat(result.descriptor().ports().get(1).reference()).isPresent();
    assertThat(result.descriptor().internalComponents().orElseThrow().applicationComponents().get(0).entityType())
        .contains("application");
    assertThat(input.info().orElseThrow().fullyQualifiedName()).isEmpty();
    assertThat(input.ports().get(0).id()).isEmpty();
  }

  @Test
  void enrichReportsEachConflictAndUsesTheDerivedValue() {
    DataProductDescriptor input = descriptor(
        Info.builder().name("trips").version("2.3.4").fullyQualifiedName("urn:dpds:com.acme:dataproducts:trips:1")
            .entityType("product").build(),
        Port.builder(PortKind.OUTPUT).name("status").version("1.0.0")
            .fullyQualifiedName("urn:dpds:com.acme:dataproducts:trips:2:inputports:status")
            .id("3235744b-8d2e-57b5-afba-f66862cc6a21").build(),
        ApplicationComponent.builder().name("proc").version("1.0.0").build());

    Enricher.Result result = Enricher.defaults().enrich(input);

    assertThat(result.diagnostics()).extracting(Diagnostic::pointer).containsExactly(
        "/info/fullyQualifiedName", "/info/entityType",
        "/interfaceComponents/outputPorts/0/fullyQualifiedName", "/interfaceComponents/outputPorts/0/id");
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.ruleId()).isEqualTo("identity.conflict"));
    assertThat(result.diagnostics().get(0).message()).contains("trips:1").contains("trips:2");
    assertThat(result.descriptor().info().orElseThrow().fullyQualifiedName())
        .contains("urn:dpds:com.acme:dataproducts:trips:2");
  }

  @Test
  void enrichSaysWhyItCannotDerive() {
    DataProductDescriptor noNamespace = descriptor(Info.builder().name("trips").version("1.0.0").build(),
        Port.builder(PortKind.OUTPUT).name("p").build(), ApplicationComponent.builder().build());
    DataProductDescriptor badVersion = descriptor(Info.builder().name("trips").version("v1").build(),
        Port.builder(PortKind.OUTPUT).name("p").build(), ApplicationComponent.builder().build());

    Enricher.Result a = Enricher.defaults().enrich(noNamespace);
    Enricher.Result b = Enricher.defaults().withNamespace("com.acme").enrich(badVersion);

    assertThat(a.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("identity.underivable");
      assertThat(d.message()).contains("no namespace");
    });
    assertThat(a.descriptor()).isSameAs(noNamespace);
    assertThat(b.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("SemVer"));
  }

  @Test
  void noFqnIsDerivedFromANameNoWellFormedFqnCanHold() {
    DataProductDescriptor input = descriptor(Info.builder().name("trips").version("1.0.0").build(),
        Port.builder(PortKind.OUTPUT).name("trip status").fullyQualifiedName("urn:dpds:com.acme:dataproducts:x:1")
            .build(), ApplicationComponent.builder().name("procé").build());
    DataProductDescriptor product = descriptor(Info.builder().name("my trips").version("1.0.0").build(),
        Port.builder(PortKind.OUTPUT).name("p").build(), ApplicationComponent.builder().build());

    Enricher.Result result = Enricher.defaults().withNamespace("com.acme").enrich(input);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.descriptor().ports().get(0).fullyQualifiedName()).as("kept as written")
        .contains("urn:dpds:com.acme:dataproducts:x:1");
    assertThat(result.descriptor().internalComponents().orElseThrow().applicationComponents().get(0)
        .fullyQualifiedName()).isEmpty();
    assertThat(Enricher.defaults().withNamespace("com.acme").enrich(product).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("info.name is missing or invalid"));
    assertThat(List.of("tripStatus", "trip-status", "trip_status", "v1.2", "0")).allMatch(Fqn::isWellFormedSegment);
    assertThat(List.of("", "trip status", "a:b", "procé", "a/b", "a\tb")).noneMatch(Fqn::isWellFormedSegment);
  }
}
