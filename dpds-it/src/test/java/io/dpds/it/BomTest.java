package io.dpds.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dpds-bom lists exactly the published library artifacts (not the Maven plugin, which is no dependency), at the
 * project's version, and nothing of third parties.
 */
class BomTest {

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectVersionAndNothingElse() {
    String parent = Project.read("pom.xml");
    String bom = Project.read("dpds-bom/pom.xml");
    List<String> published = Project.all("<module>([^<]+)</module>", parent).stream()
        .filter(module -> !module.equals("dpds-bom"))
        .filter(module -> !Project.read(module + "/pom.xml").contains("<dpds.notPublished>true</dpds.notPublished>"))
        .filter(module -> !Project.read(module + "/pom.xml").contains("<packaging>maven-plugin</packaging>"))
        .toList();
    String version = Project.all("<artifactId>dpds-parent</artifactId>\\s*<version>([^<]+)</version>", parent).get(0);

    assertThat(Project.all("<artifactId>([^<]+)</artifactId>", bom.substring(bom.indexOf("<dependencyManagement>"))))
        .containsExactlyInAnyOrderElementsOf(published);
    assertThat(Project.all("<groupId>([^<]+)</groupId>", bom)).containsOnly("io.dpds");
    assertThat(Project.all("<artifactId>dpds-bom</artifactId>\\s*<version>([^<]+)</version>", bom))
        .containsExactly(version);
    assertThat(bom).doesNotContain("<parent>");
  }
}
