package io.dpds.test;

import static io.dpds.test.DpdsAssertions.assertThat;
import static io.dpds.test.DpdsAssertions.descriptor;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dpds.identity.IdStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor assertions pass on good descriptors and fail with every finding's file:line on bad ones. */
class DescriptorAssertTest {

  static final String V1 = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:orders:1
        name: orders
        version: 1.0.0
        domain: sales
        owner: {id: sales@example.org}
      interfaceComponents:
        outputPorts:
          - name: orders
            version: 1.0.0
            promises:
              platform: kafka:eu
              servicesType: streaming-services
              api:
                name: ordersApi
                version: 1.0.0
                specification: asyncapi
                specificationVersion: 2.6.0
                definition:
                  asyncapi: 2.6.0
                  info: {title: orders, version: 1.0.0}
                  channels:
                    orders:
                      subscribe:
                        message:
                          schemaFormat: application/vnd.apache.avro;version=1.9.0
                          payload:
                            type: record
                            name: Order
                            fields:
                              - {name: id, type: string}
                              - {name: source, type: string}
                              - {name: specversion, type: string}
                              - {name: type, type: string}
      """;

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aGoodDescriptorPassesEveryAssertion() throws IOException {
    Path v1 = write("v1.yaml", V1);
    Path v2 = write("v2.yaml", V1.replace("version: 1.0.0\n  domain", "version: 1.1.0\n  domain")
        .replace("- name: orders\n      version: 1.0.0", "- name: orders\n      version: 1.1.0\n"
            + "      description: all orders"));
    Path policies = write("policies.yaml", "id: t.asyncapi\ndescription: streaming uses AsyncAPI\n"
        + "select: \"$.interfaceComponents.outputPorts[*]\"\nassert: {path: promises.api.specification,"
        + " equals: asyncapi}\n");

    assertThat(descriptor(v2)).isValid().hasNoBreakingChangesAgainst(v1).declaresItsChangesAgainst(v1)
        .passesPolicies(policies).passesBuiltinPolicies();
  }

  @Test
  void theProjectConfigurationAboveTheDescriptorNeedsNoLoaderSetup() throws IOException {
    Files.createDirectories(dir.resolve("repo/.git"));
    Files.createDirectories(dir.resolve("repo/shared"));
    Files.createDirectories(dir.resolve("repo/products/orders"));
    write("repo/shared/audit.yaml", "name: audit\nversion: 1.0.0\n");
    Path product = write("repo/products/orders/dpd.yaml", V1.replace("org.example:", "org.example-eu:")
        + "    - $ref: ../../shared/audit.yaml\n");
    write("repo/policies.yaml", "id: t.asyncapi\ndescription: streaming uses AsyncAPI\n"
        + "select: \"$.interfaceComponents.outputPorts[0]\"\nassert: {path: promises.api.specification,"
        + " equals: asyncapi}\n");

    assertThatThrownBy(() -> assertThat(descriptor(product)).isValid())
        .hasMessageContaining("[ref.refused]"); // without a configuration, the reference leaves the folder

    write("repo/dpds.yaml", "root: .\nprofile: strict\nseverity: {fqn.charset: warning}\npolicies: policies.yaml\n");
    assertThat(descriptor(product)).isValid().passesPolicies();

    write("repo/dpds.yaml", "root: .\nprofile: strict\n"); // strict: the '-' in the namespace is an error
    assertThatThrownBy(() -> assertThat(descriptor(product)).isValid()).hasMessageContaining("[fqn.charset]");
    assertThatThrownBy(() -> assertThat(descriptor(product)).passesPolicies())
        .hasMessageContaining("has no policies: entry");

    write("repo/dpds.yaml", "root: .\nprofle: strict\n");
    assertThatThrownBy(() -> assertThat(descriptor(product)).isValid())
        .hasMessageContaining("cannot be used").hasMessageContaining("did you mean 'profile'?");
  }

  @Test
  void theIdStrategyOfTheProjectConfigurationJudgesTheDeclaredIds() throws IOException {
    String fqn = "urn:dpds:org.example:dataproducts:orders:1";
    Path product = write("dpd.yaml", V1.replace("info:\n", "info:\n  id: " + IdStrategy.ODM_PLATFORM.idFor(fqn)
        + "\n"));
    write("dpds.yaml", "severity: {id.mismatch: error}\n");

    assertThatThrownBy(() -> assertThat(descriptor(product)).isValid()).hasMessageContaining("[id.mismatch]");

    write("dpds.yaml", "severity: {id.mismatch: error}\nids: odm-platform\n");
    assertThat(descriptor(product)).isValid();
  }

  @Test
  void anInvalidDescriptorFailsWithItsFindingsFileAndLine() throws IOException {
    Path bad = write("bad.yaml", V1.replace("  domain: sales\n", ""));

    assertThatThrownBy(() -> assertThat(descriptor(bad)).isValid()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be valid").hasMessageContaining("bad.yaml:").hasMessageContaining("domain");
  }

  @Test
  void aBreakingChangeOrAnUndeclaredOneFailsNamingTheChange() throws IOException {
    Path v1 = write("v1.yaml", V1);
    Path moved = write("moved.yaml", V1.replace("platform: kafka:eu", "platform: kafka:us"));

    assertThatThrownBy(() -> assertThat(descriptor(moved)).hasNoBreakingChangesAgainst(v1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[compat.port.platform]")
        .hasMessageContaining("moved.yaml:");
    assertThatThrownBy(() -> assertThat(descriptor(moved)).declaresItsChangesAgainst(v1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("major change required");
  }

  @Test
  void theComparisonsTakeTheSeveritiesDisabledRulesAndWaiversOfTheProjectConfiguration() throws IOException {
    Path v1 = write("v1.yaml", V1);
    Path moved = write("moved.yaml", V1.replace("platform: kafka:eu", "platform: kafka:us"));

    write("dpds.yaml", "severity: {compat.port.platform: warning}\n");
    assertThat(descriptor(moved)).hasNoBreakingChangesAgainst(v1);
    write("dpds.yaml", "disable: [compat.port.platform]\n");
    assertThat(descriptor(moved)).hasNoBreakingChangesAgainst(v1);
    write("waivers.yaml", "waivers:\n  - {rule: compat.port.platform, pointer: '/interfaceComponents/**',"
        + " reason: moved with every consumer}\n");
    write("dpds.yaml", "waivers: waivers.yaml\n");
    assertThat(descriptor(moved)).hasNoBreakingChangesAgainst(v1);
    write("waivers.yaml", "waivers: [{rule: compat.port.platform}]\n");
    assertThatThrownBy(() -> assertThat(descriptor(moved)).hasNoBreakingChangesAgainst(v1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("waivers.yaml").hasMessageContaining("cannot be used");
  }

  @Test
  void anApiKeptInComponentsIsJudgedAsDpdsValidateDiffAndPolicyJudgeIt() throws IOException {
    String v1 = """
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:org.example:dataproducts:orders:1
          name: orders
          version: VERSION
          domain: sales
          owner: {id: sales@example.org}
        interfaceComponents:
          outputPorts:
            - name: orders
              version: 1.0.0
              promises:
                api: {$ref: '#/components/apis/ordersApi'}
        components:
          apis:
            ordersApi:
              name: ordersApi
              version: 1.0.0
              specification: openapi
              specificationVersion: 3.0.3
              definition:
                openapi: 3.0.3
                info: {title: orders, version: 1.0.0}
                paths:
                  /orders: {get: {responses: {'200': {description: ok}}}}
                  /refunds: {get: {responses: {'200': {description: ok}}}}
        """;
    Path first = write("v1.yaml", v1.replace("VERSION", "1.0.0"));
    Path second = write("v2.yaml", v1.replace("VERSION", "1.0.1").replaceAll(" +/refunds: .*\n", ""));
    Path policies = write("policies.yaml", "id: t.openapi\ndescription: ports are REST\n"
        + "select: \"$.interfaceComponents.outputPorts[*]\"\nassert: {path: promises.api.specification,"
        + " equals: openapi}\n");

    assertThat(descriptor(first)).isValid().passesPolicies(policies);
    assertThatThrownBy(() -> assertThat(descriptor(second)).hasNoBreakingChangesAgainst(first))
        .hasMessageContaining("[compat.openapi.operation]").hasMessageContaining("/refunds");
  }

  @Test
  void aFailingBlockingPolicyIsListedWithItsPlace() throws IOException {
    Path v1 = write("v1.yaml", V1);
    Path policies = write("policies.yaml", "id: t.rest\ndescription: ports are REST\n"
        + "select: \"$.interfaceComponents.outputPorts[*]\"\nassert: {path: promises.servicesType,"
        + " equals: rest-services}\n");

    assertThatThrownBy(() -> assertThat(descriptor(v1)).passesPolicies(policies)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("[t.rest]").hasMessageContaining("v1.yaml:");
  }
}
