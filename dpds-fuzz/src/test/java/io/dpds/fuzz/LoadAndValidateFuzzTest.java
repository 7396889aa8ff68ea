package io.dpds.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Any bytes, as a root document in YAML or JSON: loading and validating answer with diagnostics, never throw. */
class LoadAndValidateFuzzTest {

  static final DescriptorValidator VALIDATOR = DescriptorValidator.defaults();

  @FuzzTest(maxDuration = "15s")
  void loadAndValidate(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (String name : new String[] {"descriptor.yaml", "descriptor.json"}) {
      URI uri = URI.create("mem://fuzz/" + name);
      LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), text)))
          .build().load(uri);
      ValidationReport report = VALIDATOR.validate(loaded);
      assertThat(report.diagnostics()).isNotNull();
      assertThat(loaded.resolved().isPresent() || !loaded.diagnostics().isEmpty())
          .as("no descriptor comes with a reason").isTrue();
    }
  }
}
