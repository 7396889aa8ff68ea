package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.identity.IdStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command reads the project configuration file (found upwards, or --config), and its options win over it. */
class ProjectConfigCommandsTest {

  private static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example-eu:dataproducts:cli:1
        name: cli
        version: 1.0.0
        domain: testing
        owner: {id: owner@example.org}
      interfaceComponents:
        outputPorts:
          - name: out
            version: 1.0.0
            promises: {platform: kafka}
          - $ref: ../../shared/extra.yaml
      """;

  @TempDir Path dir;
  final Cli cli = new Cli();
  Path product;


  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @BeforeEach
  void writeRepository() throws IOException {
    Files.createDirectories(dir.resolve("repo/.git"));
    write("repo/shared/extra.yaml", "name: extra\nversion: 1.0.0\n");
    product = write("repo/products/cli/dpd.yaml", DESCRIPTOR);
  }

  @Test
  void withoutAConfigurationTheReferenceOutsideTheDescriptorsFolderIsRefused() {
    assertThat(cli.run("validate", product.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("[ref.refused]");
  }

  @Test
  void validateTakesRootSeveritiesDisabledRulesProfileAndFailOnFromTheFileFoundAbove() throws IOException {
    write("repo/dpds.yaml", "root: .\nfailOn: {validate: warning}\n");

    assertThat(cli.run("validate", product.toString())).as(cli.out()).isEqualTo(1); // fqn.charset is a warning
    assertThat(cli.out()).contains("[fqn.charset]").doesNotContain("ref.refused");
    assertThat(cli.run("validate", product.toString(), "--fail-on", "error")).isZero(); // the option wins

    write("repo/dpds.yaml", "root: .\nfailOn: {validate: warning}\ndisable: [fqn.charset]\n");
    assertThat(cli.run("validate", product.toString())).as(cli.out()).isZero();

    write("repo/dpds.yaml", "root: .\nprofile: strict\n"); // strict: the fqn character set is an error
    assertThat(cli.run("validate", product.toString())).isEqualTo(1);
    assertThat(cli.run("validate", product.toString(), "--profile", "default")).isZero();

    write("repo/dpds.yaml", "root: .\nseverity: {fqn.charset: error}\n");
    assertThat(cli.run("validate", product.toString())).isEqualTo(1);
    assertThat(cli.run("validate", product.toString(), "--severity", "fqn.charset=info")).isZero();
  }

  @Test
  void aFileFoundAboveThatAnotherUserCouldHavePutThereStopsTheCommandUnlessNamed() throws IOException {
    Path planted = write("repo/dpds.yaml", "root: .\n");
    Files.setPosixFilePermissions(planted.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    try {
      Files.setOwner(planted, planted.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "the test can give a file to another user (it runs as root): " + e);
    }

    assertThat(cli.run("validate", product.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("[config.untrusted]", "belongs to nobody");
    assertThat(cli.run("validate", product.toString(), "--config", planted.toString())).as(cli.out()).isZero();
  }

  @Test
  void anExplicitConfigFileIsUsedInsteadOfTheOneFound() throws IOException {
    write("repo/dpds.yaml", "profile: strict\n"); // no root: would refuse the reference
    Path other = write("elsewhere/ci.yaml", "root: ../repo\n");

    assertThat(cli.run("validate", product.toString(), "--config", other.toString())).as(cli.out()).isZero();
  }

  @Test
  void aBrokenConfigurationFileExitsTwoNamingItsLine() throws IOException {
    Path config = write("repo/dpds.yaml", "root: .\nprofle: strict\n");

    assertThat(cli.run("validate", product.toString())).isEqualTo(2);
    assertThat(cli.err()).contains(config + ":2:1").contains("[config.invalid]")
        .contains("did you mean 'profile'?");
  }

  @Test
  void diffTakesModesAndFailOnFromTheFile() throws IOException {
    Path moved = write("repo/products/cli/moved.yaml", DESCRIPTOR.replace("platform: kafka", "platform: pulsar"));

    write("repo/dpds.yaml", "root: .\nfailOn: {diff: breaking}\n");
    assertThat(cli.run("diff", product.toString(), moved.toString())).as(cli.out()).isEqualTo(1);
    write("repo/dpds.yaml", "root: .\nfailOn: {diff: breaking}\nmodes: {'outputport:out': none}\n");
    assertThat(cli.run("diff", product.toString(), moved.toString())).as(cli.out()).isZero();
    assertThat(cli.run("diff", product.toString(), moved.toString(), "--mode", "outputport:out=forward")).isEqualTo(1);
  }

  private static final String PLATFORM_RULE = "compat.port.platform";

  @Test
  void oneFileSetsTheSeveritiesOfValidationAndOfTheCompatibilityCheckAlike() throws IOException {
    Path moved = write("repo/products/cli/moved.yaml", DESCRIPTOR.replace("platform: kafka", "platform: pulsar"));
    write("repo/dpds.yaml", "root: .\nseverity: {fqn.charset: error, PLATFORM: warning}\nfailOn: {diff: breaking}\n"
        .replace("PLATFORM", PLATFORM_RULE));

    assertThat(cli.run("validate", product.toString())).as(cli.err()).isEqualTo(1); // fqn.charset made an error
    assertThat(cli.out()).contains("error [fqn.charset]");
    assertThat(cli.run("diff", product.toString(), moved.toString())).as(cli.err()).isZero(); // breaking made a warning
    assertThat(cli.out()).contains("warning [" + PLATFORM_RULE + "]");

    write("repo/dpds.yaml", "root: .\nseverity: {fqn.charst: error}\n");
    assertThat(cli.run("validate", product.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("unknown rule id 'fqn.charst'; did you mean 'fqn.charset'?");
  }

  @Test
  void policyAndPublishTakePoliciesAndTheStoreFromTheFile() throws IOException {
    write("repo/policies/owner.yaml", """
        policies:
          - id: mesh.owner-named
            description: The owner has a name
            hint: Add info.owner.name.
            select: "$.info.owner"
            assert: {path: name, exists: true}
        """);

    assertThat(cli.run("policy", product.toString(), "--root", dir.resolve("repo").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--policies is required");

    write("repo/dpds.yaml", "root: .\npolicies: policies/\nstore: .dpds\n");
    assertThat(cli.run("policy", product.toString())).as(cli.out()).isEqualTo(1);
    assertThat(cli.out()).contains("mesh.owner-named");
    assertThat(cli.run("publish", product.toString())).as(cli.out() + cli.err()).isEqualTo(1); // refused by the policy
    assertThat(dir.resolve("repo/.dpds")).isDirectory();
  }

  @Test
  void publishValidatesAndComparesAsTheFileSaysAsValidateAndDiffDo() throws IOException {
    write("repo/dpds.yaml", "root: .\nstore: .dpds\nprofile: strict\n"); // strict: the fqn character set is an error
    assertThat(cli.run("publish", product.toString(), "--dry-run")).as(cli.out()).isEqualTo(1);
    assertThat(cli.out()).contains("error [fqn.charset]").contains("refused by the validation gate");
    assertThat(cli.run("publish", product.toString(), "--dry-run", "--profile", "default")).as(cli.out()).isZero();

    write("repo/dpds.yaml", "root: .\nstore: .dpds\nseverity: {fqn.charset: error}\n");
    assertThat(cli.run("publish", product.toString(), "--dry-run")).as(cli.out()).isEqualTo(1);
    assertThat(cli.run("publish", product.toString(), "--dry-run", "--severity", "fqn.charset=warning")).isZero();

    write("repo/waivers.yaml", """
        waivers:
          - {rule: fqn.charset, pointer: /info/fullyQualifiedName, reason: the mesh's namespace}
        """);
    write("repo/dpds.yaml", "root: .\nstore: .dpds\nprofile: strict\nwaivers: waivers.yaml\n");
    assertThat(cli.run("publish", product.toString())).as(cli.out()).isZero();

    Path moved = write("repo/products/cli/moved.yaml", DESCRIPTOR.replace("platform: kafka", "platform: pulsar")
        .replace("version: 1.0.0\n  domain", "version: 1.1.0\n  domain"));
    write("repo/dpds.yaml", "root: .\nstore: .dpds\nmodes: {'outputport:out': none}\n");
    assertThat(cli.run("publish", moved.toString(), "--dry-run")).as(cli.out()).isZero(); // the port is not judged
    assertThat(cli.run("publish", moved.toString(), "--dry-run", "--mode", "outputport:out=forward"))
        .as(cli.out()).isEqualTo(1);
    assertThat(cli.out()).contains("[" + PLATFORM_RULE + "]").contains("refused by the compatibility gate");
  }

  private static String fqn(String product) {
    return "urn:dpds:org.example:dataproducts:" + product + ":1";
  }

  /** A valid descriptor of the product named {@code product} that declares the id {@code id}. */
  private static String withId(String product, String id) {
    return """
        dataProductDescriptor: 1.0.0
        info:
          id: ID
          fullyQualifiedName: FQN
          name: NAME
          version: 1.0.0
          domain: testing
          owner: {id: owner@example.org}
        interfaceComponents:
          outputPorts: [{name: out, version: 1.0.0}]
        """.replace("ID", id).replace("FQN", fqn(product)).replace("NAME", product);
  }

  @Test
  void theIdsTheOdmPlatformIssuedAreRightWhenTheFileOrTheOptionSaysSo() throws IOException {
    String fqn = fqn("odm");
    String odmId = IdStrategy.ODM_PLATFORM.idFor(fqn).toString();
    Path issued = write("repo/products/odm/issued.yaml", withId("odm", odmId));
    Path wrong = write("repo/products/odm/wrong.yaml", withId("odm", IdStrategy.UUID_V5.idFor(fqn + "x").toString()));

    assertThat(cli.run("validate", issued.toString())).isZero();
    assertThat(cli.out()).contains("[id.mismatch]").contains("the ODM platform derives");
    write("repo/dpds.yaml", "ids: odm-platform\n");
    assertThat(cli.run("validate", issued.toString())).isZero();
    assertThat(cli.out()).doesNotContain("id.mismatch");
    assertThat(cli.run("validate", issued.toString(), "--ids", "uuid-v5")).isZero();
    assertThat(cli.out()).contains("[id.mismatch]");

    assertThat(cli.run("fix", wrong.toString(), "--write", "--only", "id.mismatch")).as(cli.out()).isZero();
    assertThat(wrong).content().contains("id: " + odmId);
    assertThat(cli.run("fix", wrong.toString(), "--write", "--only", "id.mismatch", "--ids", "uuid-v5")).isZero();
    assertThat(wrong).content().contains("id: " + IdStrategy.UUID_V5.idFor(fqn));

    assertThat(cli.run("validate", issued.toString(), "--ids", "v3")).isEqualTo(2);
    assertThat(cli.err()).contains("expected uuid-v5 or odm-platform, not 'v3'");
  }

  @Test
  void fixLeavesWhatTheFileTurnsOffOrWaivesAndCountsWhatRemainsAsValidateDoes() throws IOException {
    String fqn = fqn("fixed");
    Path product = write("repo/products/fixed/dpd.yaml", withId("fixed", "11111111-2222-3333-4444-555555555555"));
    String before = Files.readString(product);

    write("repo/dpds.yaml", "disable: [id.mismatch]\n");
    assertThat(cli.run("validate", product.toString())).isZero();
    assertThat(cli.out()).contains("(0 errors, 0 warnings, 0 info)");
    assertThat(cli.run("fix", product.toString(), "--write")).as(cli.out()).isZero();
    assertThat(cli.out()).doesNotContain("id.mismatch");
    assertThat(product).hasContent(before);

    write("repo/waivers.yaml", "waivers: [{rule: id.mismatch, pointer: /info/id, reason: the platform's own id}]\n");
    write("repo/dpds.yaml", "waivers: waivers.yaml\n");
    assertThat(cli.run("fix", product.toString(), "--write")).isZero();
    assertThat(product).hasContent(before);
    assertThat(cli.run("fix", product.toString(), "--write", "--severity", "id.mismatch=error")).isZero();
    assertThat(product).hasContent(before); // waived still

    write("repo/dpds.yaml", "severity: {id.mismatch: error}\n");
    assertThat(cli.run("fix", product.toString(), "--dry-run", "--only", "fqn.product")).as(cli.out()).isEqualTo(1);
    assertThat(cli.out()).contains("0 fixes").contains("1 finding(s) remain, 1 of them error(s)");
    assertThat(cli.run("fix", product.toString(), "--write")).as(cli.out()).isZero();
    assertThat(product).content().contains("id: " + IdStrategy.UUID_V5.idFor(fqn));
  }

  @Test
  void eachDescriptorOfAFolderIsJudgedByItsOwnConfigurationFile() throws IOException {
    String hyphen = DESCRIPTOR.substring(0, DESCRIPTOR.indexOf("  - $ref")); // fqn.charset: an error when strict
    Path strict = write("repo/strict/dpd.yaml", hyphen);
    Path lenient = write("repo/lenient/dpd.yaml", hyphen);
    write("repo/strict/dpds.yaml", "profile: strict\n");
    write("repo/lenient/dpds.yaml", "failOn: {validate: error}\n");

    assertThat(cli.run("validate", dir.resolve("repo").toString(), "--format", "json")).isEqualTo(1);
    assertThat(cli.out()).contains("{\"file\":\"" + lenient + "\",\"valid\":true")
        .contains("{\"file\":\"" + strict + "\",\"valid\":false");
    assertThat(cli.run("validate", lenient.toString(), strict.toString())).isEqualTo(1);
    assertThat(cli.run("validate", strict.toString(), lenient.toString())).isEqualTo(1);
    assertThat(cli.run("validate", lenient.toString())).isZero();
    write("repo/lenient/dpds.yaml", "failOn: {validate: warning}\n");
    assertThat(cli.run("validate", strict.toString(), lenient.toString(), "--profile", "default")).isEqualTo(1);
    assertThat(cli.out()).contains("dpd.yaml: valid (0 errors, 1 warning, 0 info)"); // failing by its failOn only

    assertThat(cli.run("fix", strict.toString(), lenient.toString(), "--format", "json")).isEqualTo(1);
    assertThat(cli.out()).containsOnlyOnce("\"severity\":\"error\"");
    assertThat(cli.run("fix", lenient.toString())).as(cli.out()).isEqualTo(1); // a warning remains: its failOn
    assertThat(cli.run("fix", lenient.toString(), "--fail-on", "error")).isZero();
  }

  @Test
  void fixReadsEachDescriptorWithItsOwnFileWhateverTheOrderOfTheFiles() throws IOException {
    write("repo/shared/extra.yaml", "name: extra\nversion: 1.0.0\n");
    Path first = write("repo/a/one.yaml", DESCRIPTOR.replace("../../shared", "../shared"));
    Path second = write("repo/a/two.yaml", DESCRIPTOR.replace("../../shared", "../shared"));
    Path other = write("repo/b/dpd.yaml", DESCRIPTOR.substring(0, DESCRIPTOR.indexOf("  - $ref")));
    write("repo/a/dpds.yaml", "root: ..\n"); // the shared port is outside a/
    write("repo/b/dpds.yaml", "failOn: {validate: error}\n");

    assertThat(cli.run("fix", first.toString(), other.toString(), second.toString(), "--format", "json"))
        .as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).doesNotContain("ref.refused");
  }

  @Test
  void theSamplesValidateWithNoOption() {
    Path sample = DpdsJarIT.PROJECT.resolve("samples/trackandtrace-1.2.0-breaking/data-product-descriptor.yaml");

    assertThat(cli.run("validate", sample.toString())).as(cli.out()).isZero();
  }
}
