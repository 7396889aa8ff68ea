package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpds fix}, per the CLI contract: a dry run by default, --write, the formats and the exit codes. */
class FixCommandTest {

  private static final String BROKEN = """
      # trips, as written before 1.0.0
      dataProductDescriptor: 1.0.0-DRAFT
      info:
        fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips
        name: trips
        version: 1.4.0
        domain: logistics
        owner: {id: fleet@acme.com}
        description: null
      interfaceComponents:
        outputPorts:
          - name: status
            version: 1.0.0
      """;

  @TempDir Path dir;
  private final Cli cli = new Cli();

  private Path descriptor(String text) throws IOException {
    Path file = dir.resolve("data-product-descriptor.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aDryRunPrintsTheDiffAndTheFixesAndWritesNothing() throws IOException {
    Path file = descriptor(BROKEN);

    assertThat(cli.run("fix", file.toString())).as(cli.err()).isZero();

    assertThat(cli.out()).contains("--- a/").contains("+++ b/").contains("-dataProductDescriptor: 1.0.0-DRAFT")
        .contains("+dataProductDescriptor: 1.0.0").contains("-  description: null")
        .contains("+  fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1")
        .contains("[fqn.product] fullyQualifiedName -> urn:dpds:com.acme:dataproducts:trips:1")
        .contains("(dry run: nothing written; --write writes them)")
        .contains("nothing remains: the descriptor is valid DPDS 1.0.0");
    assertThat(Files.readString(file)).isEqualTo(BROKEN);
  }

  @Test
  void writeWritesTheFilesAndASecondRunHasNothingToDo() throws IOException {
    Path file = descriptor(BROKEN);

    assertThat(cli.run("fix", file.toString(), "--write")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("fixes, written");
    assertThat(Files.readString(file)).startsWith("# trips, as written before 1.0.0\ndataProductDescriptor: 1.0.0\n")
        .doesNotContain("null");
    assertThat(cli.run("validate", file.toString())).isZero();

    assertThat(cli.run("fix", file.toString(), "--format", "diff")).isZero();
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void jsonListsTheFixesTheUndecidedAndWhatRemains() throws IOException {
    Path file = descriptor(BROKEN.replace("name: trips", "name: trip runs"));

    assertThat(cli.run("fix", file.toString(), "--format", "json")).isEqualTo(1);

    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.get("written").asBoolean()).isFalse();
    JsonNode result = json.get("results").get(0);
    assertThat(result.get("documents").get(0).get("diff").asText()).contains("+dataProductDescriptor: 1.0.0");
    assertThat(result.get("fixes")).extracting(f -> f.get("ruleId").asText()).contains("schema.type", "spec.draft");
    assertThat(result.get("fixes").get(0).get("location").get("line").asInt()).isPositive();
    assertThat(result.get("undecided")).extracting(u -> u.get("ruleId").asText()).contains("format.name");
    assertThat(result.get("undecided").get(0).get("choices").asText()).contains("--rename 'trip runs=tripRuns'");
    assertThat(result.get("remaining")).isNotEmpty();
    assertThat(cli.out()).endsWith("}\n");
  }

  @Test
  void aRenameAskedForIsApplied() throws IOException {
    Path file = descriptor(BROKEN.replace("name: trips", "name: trip runs"));

    assertThat(cli.run("fix", file.toString(), "--write", "--rename", "trip runs=tripRuns")).as(cli.out()).isZero();

    assertThat(Files.readString(file)).contains("name: tripRuns").contains("dataproducts:tripRuns:1");
  }

  @Test
  void theRuleCatalogueSaysWhichRulesAreFixableAndWhatTheFixDoes() throws IOException {
    assertThat(cli.run("rules", "ref.pointer")).isZero();
    assertThat(cli.out()).contains("  dpds fix: A fragment without its leading slash (#components/...) gets it");
    assertThat(cli.run("rules", "ref.pointer", "--format", "json")).isZero();
    assertThat(new ObjectMapper().readTree(cli.out()).get("rules").get(0).get("fix").asText())
        .startsWith("A fragment without its leading slash");
    assertThat(cli.run("rules", "plan.cycle", "--format", "json")).isZero();
    assertThat(new ObjectMapper().readTree(cli.out()).get("rules").get(0).has("fix")).isFalse();
  }

  @Test
  void wrongUseIsExitTwo() throws IOException {
    Path file = descriptor(BROKEN);

    assertThat(cli.run("fix", file.toString(), "--write", "--dry-run")).isEqualTo(2);
    assertThat(cli.err()).contains("--dry-run and --write exclude each other");
    assertThat(cli.run("fix", file.toString(), "--rename", "nothing")).isEqualTo(2);
    assertThat(cli.err()).contains("--rename takes OLD=NEW");
    Files.writeString(file, BROKEN + "    - name: positions\n      version: 1.0.0\n");
    assertThat(cli.run("fix", file.toString(), "--write", "--rename", "status=positions")).isEqualTo(2);
    assertThat(cli.err()).contains("--rename would give two items of /interfaceComponents/outputPorts the name"
        + " 'positions'");
    assertThat(file).hasContent(BROKEN + "    - name: positions\n      version: 1.0.0");
    assertThat(cli.run("fix", file.toString(), "--only", "fqn.product,schema.typ")).isEqualTo(2);
    assertThat(cli.err()).contains("--only: 'schema.typ' is not a rule dpds fix fixes; did you mean 'schema.type'?");
    assertThat(cli.run("fix", dir.resolve("none.yaml").toString())).isEqualTo(2);
    assertThat(cli.run("fix", file.toString(), "--format", "xml")).isEqualTo(2);
  }
}
