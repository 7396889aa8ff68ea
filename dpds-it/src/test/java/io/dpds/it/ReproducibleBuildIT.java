package io.dpds.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commit gives byte-identical archives: dpds-core is built again, later and in another folder, from a copy of
 * its sources and the parent POM, and its jar, sources jar and javadoc jar equal those of this build.
 */
class ReproducibleBuildIT {

  @TempDir Path copy;

  @Test
  void dpdsCoreBuiltAgainElsewhereGivesTheSameBytes() throws Exception {
    String parent = Project.read("pom.xml").replaceAll("(?s)<modules>.*?</modules>",
        "<modules><module>dpds-core</module></modules>");
    Files.writeString(copy.resolve("pom.xml"), parent);
    copyTree(Project.ROOT.resolve("dpds-core/pom.xml"), copy.resolve("dpds-core/pom.xml"));
    copyTree(Project.ROOT.resolve("dpds-core/src/main"), copy.resolve("dpds-core/src/main"));

    Path log = copy.resolve("build.log");
    Process build = new ProcessBuilder(maven(), "-B", "-q", "-o", "package", "-DskipTests", "-Djacoco.skip",
        "-Dmdep.analyze.skip", "-Denforcer.skip", "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"))
        .directory(copy.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(build.waitFor(5, TimeUnit.MINUTES)).as("the second build ends").isTrue();
    assertThat(build.exitValue()).as(Files.readString(log)).isZero();

    List<Path> jars = jars(Project.ROOT.resolve("dpds-core/target"));
    assertThat(jars).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
        "dpds-core-0.1.0-SNAPSHOT.jar", "dpds-core-0.1.0-SNAPSHOT-sources.jar", "dpds-core-0.1.0-SNAPSHOT-javadoc.jar");
    for (Path jar : jars) {
      assertThat(copy.resolve("dpds-core/target").resolve(jar.getFileName())).as(jar.getFileName().toString())
          .hasSameBinaryContentAs(jar);
    }
  }

  private static String maven() {
    String home = System.getProperty("maven.home");
    return home == null ? "mvn" : Path.of(home, "bin", "mvn").toString();
  }

  private static List<Path> jars(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.toString().endsWith(".jar")).toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(all::add);
    }
    for (Path source : all) {
      Path target = to.resolve(from.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        try {
          Files.copy(source, target);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
