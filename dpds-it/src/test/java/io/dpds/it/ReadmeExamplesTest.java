package io.dpds.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of the README is compiled and run by the host project (src/it/host-project): each paragraph of
 * each ```java block occurs there word for word, up to its indentation.
 */
class ReadmeExamplesTest {

  @Test
  void everyJavaExampleOfTheReadmeIsInTheHostProject() throws IOException {
    String host;
    try (Stream<Path> files = Files.walk(Project.ROOT.resolve("dpds-it/src/it/host-project/src"))) {
      host = files.filter(f -> f.toString().endsWith(".java")).map(ReadmeExamplesTest::read)
          .map(ReadmeExamplesTest::dedentLines).collect(Collectors.joining("\n"));
    }
    List<String> blocks = Project.all("(?s)```java\n(.*?)```", Project.read("README.md"));

    assertThat(blocks).hasSizeGreaterThanOrEqualTo(7);
    for (String block : blocks) {
      for (String paragraph : block.split("\n\\s*\n")) {
        assertThat(host).as("README example paragraph in the host project").contains(dedentLines(paragraph).strip());
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each line without its leading spaces: the host nests the examples in methods, at other depths. */
  private static String dedentLines(String text) {
    return text.lines().map(String::stripLeading).collect(Collectors.joining("\n"));
  }
}
