package io.dpds.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import io.dpds.policy.PolicyEngine;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One publication reads each document once: the descriptor's files and the documents its API definitions refer to
 * (the {@code .avsc} payloads) are read by the load, and validation, compatibility, the policies and the registry's
 * self-contained copy all read them from there.
 */
class PublicationReadsTest {

  /** Serves the samples folder, counting the reads of each document. */
  static final class Counting implements ResourceLoader {
    final Map<URI, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final ResourceLoader files = ResourceLoader.fileSystem(Path.of("").toAbsolutePath());

    @Override
    public boolean supports(URI uri) {
      return files.supports(uri);
    }

    @Override
    public byte[] read(URI uri, long maxBytes) throws ResourceException {
      reads.computeIfAbsent(uri, u -> new AtomicInteger()).incrementAndGet();
      return files.read(uri, maxBytes);
    }
  }

  @Test
  void onePublicationOfTheSampleReadsEachDocumentOnce() {
    Counting counting = new Counting();
    RegistryService registry = RegistryService.builder().store(new InMemoryStore())
        .policies(PolicyEngine.builder().builtin().build())
        .loader(DescriptorLoader.builder().loader(counting).build()).build();

    PublishReport first = registry.publish(Path.of("trackandtrace/data-product-descriptor.yaml"), false);

    assertThat(first.outcome()).as(first.toString()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(counting.reads.keySet()).as("the payloads behind the AsyncAPI definitions were read")
        .anyMatch(uri -> uri.getPath().endsWith(".avsc"));
    assertThat(counting.reads).allSatisfy((uri, reads) -> assertThat(reads.get()).as(uri.toString()).isEqualTo(1));

    counting.reads.clear();
    PublishReport second = registry.publish(Path.of("trackandtrace-1.1.0/data-product-descriptor.yaml"), false);

    assertThat(second.outcome()).as(second.toString()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(second.previousVersion()).contains("1.0.0");
    assertThat(counting.reads).isNotEmpty()
        .allSatisfy((uri, reads) -> assertThat(reads.get()).as(uri.toString()).isEqualTo(1));
  }
}
