package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceLoadersTest {

  @TempDir Path dir;
  Fixture fx;
  HttpServer server;

  @BeforeEach
  void setUp() {
    fx = new Fixture(dir);
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static String firstRule(LoadResult r) {
    return r.diagnostics().get(0).ruleId();
  }

  @Test
  void aRelativeEscapeOutsideTheRootIsRefused() {
    fx.write("product/root.yaml", Fixture.root("[{$ref: ../outside.yaml}]"));
    fx.write("outside.yaml", "name: p\nversion: 1.0.0\n");

    LoadResult r = fx.load("product/root.yaml");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.refused");
      assertThat(d.message()).contains("outside the root folder");
      assertThat(d.location().orElseThrow().line()).isEqualTo(9);
    });
  }

  @Test
  void aWidenedRootAllowsTheSameReference() {
    fx.write("product/root.yaml", Fixture.root("[{$ref: ../outside.yaml}]"));
    fx.write("outside.yaml", "name: p\nversion: 1.0.0\n");

    LoadResult r = DescriptorLoader.builder().root(dir).build().load(dir.resolve("product/root.yaml"));

    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void aSymbolicLinkOutOfTheRootIsRefused() throws IOException {
    fx.write("secret/port.yaml", "name: p\nversion: 1.0.0\n");
    fx.write("product/root.yaml", Fixture.root("[{$ref: link/port.yaml}]"));
    Files.createSymbolicLink(dir.resolve("product/link"), dir.resolve("secret"));

    LoadResult r = fx.load("product/root.yaml");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.refused");
      assertThat(d.message()).contains("symbolic link");
    });
  }

  /** A loader for one load keeps each folder's links once followed; any other follows them at every read. */
  @ParameterizedTest(name = "for one load: {0}")
  @ValueSource(booleans = {true, false})
  void aRootReachedThroughASymbolicLinkServesItsFilesAndLinksInsideItAndRefusesLinksOut(boolean oneLoad)
      throws Exception {
    fx.write("real/ports/a.yaml", "name: a\nversion: 1.0.0\n");
    fx.write("real/ports/b.yaml", "name: b\nversion: 1.0.0\n");
    fx.write("secret/port.yaml", "name: s\nversion: 1.0.0\n");
    Files.createSymbolicLink(dir.resolve("real/ports/c.yaml"), dir.resolve("real/ports/a.yaml"));
    Files.createSymbolicLink(dir.resolve("real/ports/d.yaml"), dir.resolve("secret/port.yaml"));
    Files.createSymbolicLink(dir.resolve("real/out"), dir.resolve("secret"));
    Files.createSymbolicLink(dir.resolve("product"), dir.resolve("real"));
    Path root = dir.resolve("product");
    ResourceLoader files = oneLoad ? FileSystemLoader.forOneLoad(root) : ResourceLoader.fileSystem(root);

    String a = read(files, root.resolve("ports/a.yaml"));
    String b = read(files, root.resolve("ports/b.yaml"));
    String c = read(files, root.resolve("ports/c.yaml"));
    ResourceException fileOut = assertThrows(ResourceException.class, () -> read(files, root.resolve("ports/d.yaml")));
    ResourceException folderOut = assertThrows(ResourceException.class,
        () -> read(files, root.resolve("out/port.yaml")));

    assertThat(a).startsWith("name: a");
    assertThat(b).startsWith("name: b");
    assertThat(c).startsWith("name: a");
    assertThat(List.of(fileOut, folderOut)).allSatisfy(refused -> {
      assertThat(refused.kind()).isEqualTo(ResourceException.Kind.REFUSED);
      assertThat(refused.getMessage()).contains("symbolic link that leads outside the root folder")
          .contains(dir.resolve("secret").toRealPath().toString());
    });
  }

  private static String read(ResourceLoader files, Path path) throws ResourceException {
    return new String(files.read(path.toUri(), 1_000), StandardCharsets.UTF_8);
  }

  @Test
  void anAbsoluteFileUriOutsideTheRootIsRefused() {
    fx.write("product/root.yaml", Fixture.root("[{$ref: 'file:///etc/passwd'}]"));

    assertThat(firstRule(fx.load("product/root.yaml"))).isEqualTo("ref.refused");
  }

  @Test
  void devicesAndFifosAreRefusedEvenInsideTheRoot() throws Exception {
    fx.write("root.yaml", Fixture.root("[{$ref: 'file:///dev/zero'}, {$ref: fifo}]"));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo available");

    LoadResult r = DescriptorLoader.builder().root(Path.of("/")).build().load(dir.resolve("root.yaml"));

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("ref.refused", "ref.refused");
    assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.message()).contains("not a regular file"));
  }

  @Test
  void httpIsOffByDefault() {
    fx.write("root.yaml", Fixture.root("[{$ref: 'https://example.com/port.yaml'}]"));

    LoadResult r = fx.load("root.yaml");

    assertThat(firstRule(r)).isEqualTo("ref.refused");
    assertThat(r.diagnostics().get(0).message()).contains("Remote references are off").contains("example.com");
  }

  private String serve(Map<String, String> pages, Map<String, String> redirects) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (redirects.containsKey(path)) {
        exchange.getResponseHeaders().add("Location", redirects.get(path));
        exchange.sendResponseHeaders(302, -1);
      } else if (pages.containsKey(path)) {
        byte[] body = pages.get(path).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
      exchange.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void httpReachesAllowedHostsOnly() throws IOException {
    String base = serve(Map.of("/port.yaml", "name: remote\nversion: 1.0.0\n"), Map.of());
    fx.write("root.yaml", Fixture.root("[{$ref: '" + base + "/port.yaml'}, {$ref: '" + base + "/missing.yaml'}]"));

    LoadResult allowed = DescriptorLoader.builder().allowHttpHosts("127.0.0.1").build().load(dir.resolve("root.yaml"));
    LoadResult other = DescriptorLoader.builder().allowHttpHosts("example.com").build().load(dir.resolve("root.yaml"));

    assertThat(allowed.descriptor().orElseThrow().ports().get(0).name()).contains("remote");
    assertThat(allowed.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("ref.unresolved");
    assertThat(other.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("ref.refused", "ref.refused");
    assertThat(other.diagnostics().get(0).message()).contains("127.0.0.1 is not allowed");
  }

  @Test
  void aRedirectToAHostThatIsNotAllowedIsRefused() throws IOException {
    String base = serve(Map.of(), Map.of("/port.yaml", "http://localhost.invalid/port.yaml"));
    fx.write("root.yaml", Fixture.root("[{$ref: '" + base + "/port.yaml'}]"));

    LoadResult r = DescriptorLoader.builder().allowHttpHosts("127.0.0.1").build().load(dir.resolve("root.yaml"));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.refused");
      assertThat(d.message()).contains("localhost.invalid is not allowed").contains("redirected from");
    });
  }

  @Test
  void aRedirectToAnotherSchemeIsRefusedForItsScheme() throws IOException {
    String base = serve(Map.of(), Map.of("/port.yaml", "ftp://127.0.0.1/port.yaml"));
    fx.write("root.yaml", Fixture.root("[{$ref: '" + base + "/port.yaml'}]"));

    LoadResult r = DescriptorLoader.builder().allowHttpHosts("127.0.0.1").build().load(dir.resolve("root.yaml"));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.refused");
      assertThat(d.message()).contains("The scheme of ftp://127.0.0.1/port.yaml is not allowed", "HTTP or HTTPS",
          "redirected from").doesNotContain("host");
    });
  }

  @Test
  void aServerThatTricklesItsBodyIsCutOffAtTheRequestsDeadline() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(200, 1_000);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100; i++) { // a byte every 100 ms: 10 s in all, unless the client hangs up
          out.write('#');
          out.flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException hungUp) {
        // the client stopped reading
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    fx.write("root.yaml", Fixture.root("[{$ref: '" + base + "/port.yaml'}]"));
    DescriptorLoader loader = DescriptorLoader.builder().allowHttpHosts("127.0.0.1")
        .limits(Limits.DEFAULT.withHttpTimeout(Duration.ofMillis(500))).build();

    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loader.load(dir.resolve("root.yaml")));

    assertThat(r.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.message()).contains("did not send its content within 500 ms"));
  }

  @Test
  void aLoadStopsReadingRemoteDocumentsOnceItsTimeIsSpent() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try {
        Thread.sleep(300); // every document takes 300 ms
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = "name: slow\nversion: 1.0.0\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    StringBuilder ports = new StringBuilder("[");
    for (int i = 0; i < 10; i++) {
      ports.append(i == 0 ? "" : ", ").append("{$ref: '").append(base).append("/port").append(i).append(".yaml'}");
    }
    fx.write("root.yaml", Fixture.root(ports.append("]").toString()));
    DescriptorLoader loader = DescriptorLoader.builder().allowHttpHosts("127.0.0.1")
        .limits(Limits.DEFAULT.withLoadTimeout(Duration.ofMillis(700))).build();

    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load(dir.resolve("root.yaml")));

    assertThat(r.diagnostics()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).contains("spent more than 700 ms reading remote documents");
    });
    assertThat(r.diagnostics().size()).as("documents of 300 ms each: two or three read within 700 ms")
        .isBetween(7, 9);
  }

  @Test
  void redirectsAreBounded() throws IOException {
    String base = serve(Map.of(), Map.of("/loop", "/loop"));
    fx.write("root.yaml", Fixture.root("[{$ref: '" + base + "/loop'}]"));

    LoadResult r = DescriptorLoader.builder().allowHttpHosts("127.0.0.1").build().load(dir.resolve("root.yaml"));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("redirects more"));
  }

  @Test
  void aMappedPrefixServesRemoteReferencesFromALocalFolderAndKeepsTheirBase() {
    fx.write("mirror/ports/port.json", "{\"name\": \"mirrored\", \"version\": \"1.0.0\","
        + " \"promises\": {\"$ref\": \"promises.json\"}}");
    fx.write("mirror/ports/promises.json", "{\"platform\": \"relative to the remote URI\"}");
    fx.write("root.yaml", Fixture.root("[{$ref: 'https://example.com/repo/ports/port.json'}]"));

    LoadResult r = DescriptorLoader.builder().mapPrefix("https://example.com/repo/", dir.resolve("mirror")).build()
        .load(dir.resolve("root.yaml"));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.descriptor().orElseThrow().ports().get(0).promises().orElseThrow().platform())
        .contains("relative to the remote URI");
    assertThat(r.resolved().orElseThrow().locate("/interfaceComponents/outputPorts/0/name").orElseThrow().uri())
        .isEqualTo(URI.create("https://example.com/repo/ports/port.json"));
  }

  @Test
  void aMappedPrefixCannotEscapeItsFolder() {
    fx.write("secret.json", "{}");
    fx.write("root.yaml", Fixture.root("[{$ref: 'https://example.com/repo/../../secret.json'}]"));

    LoadResult r = DescriptorLoader.builder().mapPrefix("https://example.com/repo/", dir.resolve("mirror")).build()
        .load(dir.resolve("root.yaml"));

    assertThat(firstRule(r)).isIn("ref.refused", "ref.unresolved");
  }

  @Test
  void inMemoryDocumentsLoadWithRelativeReferences() {
    ResourceLoader memory = ResourceLoader.inMemory(Map.of(
        "mem://products/a/root.yaml", Fixture.root("[{$ref: ports/p.yaml}]"),
        "mem://products/a/ports/p.yaml", "name: p\nversion: 1.0.0\n"));

    LoadResult r = DescriptorLoader.builder().loader(memory).build().load(URI.create("mem://products/a/root.yaml"));
    LoadResult missing = DescriptorLoader.builder().loader(memory).build().load(URI.create("mem://products/b.yaml"));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.descriptor().orElseThrow().ports()).hasSize(1);
    assertThat(missing.rootUnreadable()).isTrue();
  }

  @Test
  void anInMemoryDocumentIsFoundByAUriThatIsNotNormalized() throws ResourceException {
    ResourceLoader memory = ResourceLoader.inMemory(Map.of("mem://products/a/./ports/../ports/p.yaml", "name: p\n"));

    byte[] byNormalForm = memory.read(URI.create("mem://products/a/ports/p.yaml"), 100);
    byte[] byOtherForm = memory.read(URI.create("mem://products/a/x/../ports/./p.yaml"), 100);

    assertThat(byNormalForm).asString(StandardCharsets.UTF_8).isEqualTo("name: p\n");
    assertThat(byOtherForm).isEqualTo(byNormalForm).isNotSameAs(byNormalForm);
    assertThat(memory.read(URI.create("MEM://PRODUCTS/a/ports/p.yaml"), 100))
        .as("an equal URI whose text differs (scheme and host in upper case)").isEqualTo(byNormalForm);
    assertThatThrownBy(() -> memory.read(URI.create("mem://products/a/p.yaml"), 100))
        .isInstanceOf(ResourceException.class).hasMessageContaining("No in-memory document");
  }

  @Test
  void classpathDocumentsLoad() {
    LoadResult r = DescriptorLoader.builder().loader(ResourceLoader.classpath(getClass().getClassLoader())).build()
        .load(URI.create("classpath:/classpath-fixture/root.json"));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.descriptor().orElseThrow().ports().get(0).name()).contains("fromClasspath");
  }

  @Test
  void documentCountBytesAndChainLengthAreLimited() {
    fx.write("root.yaml", Fixture.root("[{$ref: a.yaml}, {$ref: b.yaml}, {$ref: c1.yaml}]"));
    fx.write("a.yaml", "name: a\nversion: 1.0.0\n");
    fx.write("b.yaml", "name: b\nversion: 1.0.0\ndescription: " + "x".repeat(2_000) + "\n");
    for (int i = 1; i < 10; i++) {
      fx.write("c" + i + ".yaml", "$ref: c" + (i + 1) + ".yaml\n");
    }
    fx.write("c10.yaml", "name: c\nversion: 1.0.0\n");

    LoadResult fewDocuments = DescriptorLoader.builder().limits(Limits.DEFAULT.withMaxDocuments(2)).build()
        .load(dir.resolve("root.yaml"));
    LoadResult smallDocuments = DescriptorLoader.builder().limits(Limits.DEFAULT.withMaxDocumentBytes(1_000)).build()
        .load(dir.resolve("root.yaml"));
    LoadResult shortChains = DescriptorLoader.builder().limits(Limits.DEFAULT.withMaxReferenceChain(5)).build()
        .load(dir.resolve("root.yaml"));
    LoadResult fewBytes = DescriptorLoader.builder().limits(Limits.DEFAULT.withMaxTotalBytes(1_500)).build()
        .load(dir.resolve("root.yaml"));

    assertThat(fewDocuments.diagnostics()).extracting(Diagnostic::ruleId).containsOnly("load.limit");
    assertThat(fewDocuments.diagnostics()).extracting(Diagnostic::pointer) // the root and a.yaml are the two read
        .containsExactly("/interfaceComponents/outputPorts/1", "/interfaceComponents/outputPorts/2");
    assertThat(fewDocuments.diagnostics().get(0).message()).contains("More than 2 documents");
    assertThat(smallDocuments.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
    assertThat(smallDocuments.diagnostics().get(0).message()).contains("larger than the limit of 1000 bytes");
    assertThat(shortChains.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
    assertThat(shortChains.diagnostics().get(0).message()).contains("More than 5 references in a chain");
    assertThat(fewBytes.diagnostics()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("1500 bytes in total"));
  }
}
