package io.dpds.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every link of the README and of {@code docs/} to a file of the repository names a file that exists. */
class DocumentationLinksTest {

  @Test
  void everyRelativeLinkOfTheDocumentationNamesAFileOfTheRepository() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Project.ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(Project.ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages) {
      for (String target : Project.all("\\]\\(([^)#:\\s]+)(?:#[^)]*)?\\)", Files.readString(page))) {
        links++;
        if (!Files.exists(page.getParent().resolve(target))) {
          broken.add(Project.ROOT.relativize(page) + " -> " + target);
        }
      }
    }
    assertThat(links).as("links found").isPositive();
    assertThat(broken).as("links to files that do not exist").isEmpty();
  }
}
