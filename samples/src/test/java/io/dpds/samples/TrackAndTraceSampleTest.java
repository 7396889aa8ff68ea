package io.dpds.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.identity.Enricher;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.Definition;
import io.dpds.model.LifecycleTask;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackAndTraceSampleTest {

  static final Path ROOT = Path.of("trackandtrace/data-product-descriptor.yaml");

  @Test
  void theSampleLoadsWithoutAnyDiagnostic() {
    LoadResult result = DescriptorLoader.defaults().load(ROOT);

    assertThat(result.diagnostics()).isEmpty();
    DataProductDescriptor d = result.descriptor().orElseThrow();
    assertThat(d.ports()).extracting(Port::kind, p -> p.name().orElseThrow()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PortKind.INPUT, "tripEvents"),
        org.assertj.core.groups.Tuple.tuple(PortKind.OUTPUT, "tripStatus"),
        org.assertj.core.groups.Tuple.tuple(PortKind.OUTPUT, "tripPosition"));
    assertThat(d.ports()).allSatisfy(port -> {
      Definition api = port.promises().orElseThrow().api().orElseThrow().definition().orElseThrow();
      assertThat(api.asObject().orElseThrow().get("asyncapi").asText()).isEqualTo("2.6.0");
    });
    assertThat(d.ports().get(2).description()).contains("History of the positions of each trip, oldest first.");
  }

  @Test
  void theLifecycleHasDevAndProdWithResolvedTemplates() {
    DataProductDescriptor d = DescriptorLoader.defaults().load(ROOT).descriptor().orElseThrow();

    var lifecycle = d.internalComponents().orElseThrow().lifecycleInfo();
    assertThat(lifecycle.keySet()).containsExactly("dev", "prod");
    List<LifecycleTask> dev = lifecycle.get("dev");
    assertThat(dev).extracting(t -> t.template().orElseThrow().name().orElseThrow())
        .containsExactly("terraformApply", "ksqlDeploy");
    assertThat(dev.get(0).template().orElseThrow().specification()).contains("terraform");
  }

  @Test
  void itsReadOnlyFieldsAreConsistentWithWhatThePlatformDerives() {
    ResolvedDescriptor resolved = DescriptorLoader.defaults().load(ROOT).resolved().orElseThrow();

    Enricher.Result enriched = Enricher.defaults().enrich(resolved);

    assertThat(enriched.diagnostics()).isEmpty();
    assertThat(enriched.descriptor().ports().get(1).fullyQualifiedName())
        .contains("urn:dpds:com.acmelogistics:dataproducts:trackAndTrace:1:outputports:tripStatus");
  }

  @Test
  void sourcePositionsPointIntoTheFileEachPartCameFrom() {
    ResolvedDescriptor resolved = DescriptorLoader.defaults().load(ROOT).resolved().orElseThrow();

    assertThat(resolved.locate("/interfaceComponents/outputPorts/1/promises/servicesType").orElseThrow())
        .satisfies(at -> {
          assertThat(at.uri().getPath()).endsWith("trackandtrace/ports/trip-position-output.json");
          assertThat(at.line()).isEqualTo(8);
        });
    assertThat(resolved.locate("/interfaceComponents/outputPorts/0/promises/api/definition/channels").orElseThrow()
        .uri().getPath()).endsWith("trackandtrace/apis/trip-status.asyncapi.yaml");
  }
}
