package io.dpds.samples.adapters;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.spi.adapter.Adapter;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.StepResult;
import io.dpds.test.AdapterContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The sample adapters honour the adapter contracts: each passes the adapter test kit of dpds-test. */
class SampleAdaptersContractTest {

  static final Path SAMPLE = Path.of("trackandtrace").toAbsolutePath().normalize();

  static final ResolvedDescriptor DESCRIPTOR = DescriptorLoader.defaults()
      .load(SAMPLE.resolve("data-product-descriptor.yaml")).resolved().orElseThrow();

  static Object files(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(f -> root.relativize(f) + ":" + read(f)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Integer.toHexString(Arrays.hashCode(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kit on the sample descriptor; an adapter's effects are the files under its folder. */
  abstract static class OnTheSample<A extends Adapter> extends AdapterContract<A> {
    @TempDir Path root;

    @Override
    protected ResolvedDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    protected Object observe() {
      return files(root);
    }
  }

  @Nested
  class TopicProvisioner extends OnTheSample<LocalTopicProvisioner> {
    @Override
    protected LocalTopicProvisioner adapter() {
      return new LocalTopicProvisioner(root);
    }

    @Override
    protected CompletionStage<StepResult> call(LocalTopicProvisioner adapter, AdapterContext context) {
      return adapter.provision(context, infrastructure(context));
    }
  }

  @Nested
  class Packager extends OnTheSample<ApplicationPackager> {
    @Override
    protected ApplicationPackager adapter() {
      return new ApplicationPackager(SAMPLE.resolve("apps"), root);
    }

    @Override
    protected CompletionStage<StepResult> call(ApplicationPackager adapter, AdapterContext context) {
      return adapter.build(context, application(context));
    }
  }

  @Nested
  class Catalogue extends OnTheSample<SchemaCatalogue> {
    @Override
    protected SchemaCatalogue adapter() {
      return new SchemaCatalogue(root);
    }

    @Override
    protected CompletionStage<StepResult> call(SchemaCatalogue adapter, AdapterContext context) {
      return adapter.register(context);
    }
  }

  @Nested
  class Tasks extends OnTheSample<TaskRecorder> {
    @Override
    protected TaskRecorder adapter() {
      return new TaskRecorder(root);
    }

    @Override
    protected CompletionStage<StepResult> call(TaskRecorder adapter, AdapterContext context) {
      return adapter.execute(context, task(context));
    }
  }
}
