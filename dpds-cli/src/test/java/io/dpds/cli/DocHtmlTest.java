package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's HTML page opened in headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it, and the
 * test is skipped with the reason where it is absent): no console error, no request to the network, every diagram
 * drawn as SVG, every port and payload field on the page, and a screenshot in {@code target/doc/}.
 */
class DocHtmlTest {

  static final Path SCREENSHOTS = Path.of("target", "doc");
  /** Hosts Chromium itself calls in the background (clock, account checks), whatever the page. */
  static final Pattern CHROMIUM_OWN = Pattern.compile("https?://[^/\"]*(google\\.com|googleapis\\.com|gstatic\\.com)/");

  @TempDir Path dir;

  @Test
  void theSamplesPageRendersItsDiagramsOfflineWithoutError() throws Exception {
    Path chromium = chromium();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"doc", CommandLineBehaviourTest.SAMPLE, "--format", "html", "--out",
        dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    Path page = dir.resolve("trackAndTrace.html");
    String html = Files.readString(page);
    String markup = html.substring(0, html.indexOf("<script>"));
    assertThat(markup).doesNotContain("src=", "href=", "url(", "@import"); // nothing fetched from elsewhere

    Run dom = chromium(chromium, "--dump-dom", page);
    assertThat(dom.exitCode()).as(dom.log()).isZero();
    assertThat(dom.log()).doesNotContain("Uncaught").doesNotContain(":ERROR:CONSOLE");
    List<String> diagrams = all("(?s)<pre class=\"mermaid\" data-processed=\"true\">(.*?)</pre>", dom.out());
    // Every Mermaid block of the Markdown page parses: Mermaid draws each, and would draw "Syntax error" otherwise.
    assertThat(diagrams).hasSize(4).allSatisfy(d -> assertThat(d).contains("<svg").doesNotContain("Syntax error"));
    assertThat(dom.out()).contains("tripEvents", "tripStatus", "tripPosition", "tripProcessor", "eventStore");
    try (Stream<Path> schemas = Files.list(DocCommandTest.SAMPLE.resolve("schemas"))) {
      for (Path schema : schemas.toList()) {
        new ObjectMapper().readTree(schema.toFile()).get("fields")
            .forEach((JsonNode f) -> assertThat(dom.out()).contains("<code>" + f.get("name").asText() + "</code>"));
      }
    }
    List<String> requests = all("\"url\":\"([^\"]+)\"", Files.readString(dir.resolve("net.json")));
    assertThat(requests).filteredOn(url -> !url.startsWith("file:") && !url.startsWith("data:")
        && !CHROMIUM_OWN.matcher(url).find()).as("requests of the page").isEmpty();

    Files.createDirectories(SCREENSHOTS);
    Path screenshot = SCREENSHOTS.resolve("trackAndTrace.png").toAbsolutePath();
    Run shot = chromium(chromium, "--screenshot=" + screenshot, page);
    assertThat(shot.exitCode()).as(shot.log()).isZero();
    assertThat(Files.size(screenshot)).isGreaterThan(50_000);
  }

  record Run(int exitCode, String out, String log) {}

  private Run chromium(Path chromium, String action, Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path log = dir.resolve("chromium.log");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--log-net-log=" + dir.resolve("net.json"), "--virtual-time-budget=15000", "--window-size=1280,4000",
        action, page.toUri().toString()));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium ends").isTrue();
    return new Run(process.exitValue(), out, Files.readString(log));
  }

  /** Debian's chromium, else the test is skipped saying so. */
  private static Path chromium() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    assumeTrue(false, "no chromium on the PATH (Debian's package chromium; .ci/run installs it)");
    throw new IllegalStateException();
  }

  private static List<String> all(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
