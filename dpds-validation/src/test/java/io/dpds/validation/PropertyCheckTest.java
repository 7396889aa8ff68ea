package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import io.dpds.report.Diagnostic;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

  private static final URI ROOT = URI.create("mem://property/descriptor.yaml");

  /** The head of every descriptor here: the root's fields and the info object, up to its owner. */
  private static final String HEAD = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:com.acme:dataproducts:property:1
        name: property
        version: 1.0.0
        domain: tests
        owner: {id: owner@acme.com}
      """;

  /** A descriptor whose info object has a misspelt {@code nme} and the unknown field {@code unknown}. */
  private static ResolvedDescriptor withInfo(String unknown) {
    return load(HEAD + "  nme: misspelt\n  " + unknown + ": unknown\n");
  }

  /** A descriptor whose one output port has the unknown field {@code unknown}. */
  private static ResolvedDescriptor withPort(String unknown) {
    return load(HEAD + """
        interfaceComponents:
          outputPorts:
            - name: trips
              version: 1.0.0
        """ + "      " + unknown + ": unknown\n");
  }

  private static ResolvedDescriptor load(String yaml) {
    return DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(ROOT.toString(), yaml))).build()
        .load(ROOT).resolved().orElseThrow();
  }

  private static List<String> messages(PropertyCheck check, ResolvedDescriptor resolved) {
    CheckContext context = new CheckContext(resolved, Profile.DEFAULT);
    List<Diagnostic> found = new ArrayList<>();
    context.reportTo(found);
    check.check(context);
    return found.stream().map(d -> d.pointer() + " " + d.message()).toList();
  }

  @Test
  void aNameTooLongToBeNearAnyFieldGetsNoSuggestionAndIsNotRemembered() {
    String longName = "n".repeat(PropertyCheck.LONGEST_REMEMBERED + 1);
    String longest = "n".repeat(PropertyCheck.LONGEST_REMEMBERED);
    PropertyCheck check = new PropertyCheck();

    List<String> first = messages(check, withInfo(longName));
    assertThat(first).anySatisfy(m -> assertThat(m).startsWith("/info/nme ").endsWith("did you mean 'name'?"));
    assertThat(first).anySatisfy(m -> assertThat(m).startsWith("/info/" + longName + " ").doesNotContain("mean"));
    assertThat(check.remembered()).as("the short name's suggestion only").isOne();

    messages(check, withInfo(longest));
    assertThat(check.remembered()).as("a name as long as remembered ones may be").isEqualTo(2);
    assertThat(messages(check, withInfo(longName))).as("the same findings again").isEqualTo(first);
  }

  @Test
  void aPortsHintFromItsPartsIsRememberedWithTheName() {
    PropertyCheck check = new PropertyCheck();

    List<String> first = messages(check, withPort("serviceType"));
    assertThat(first).containsExactly("/interfaceComponents/outputPorts/0/serviceType 'serviceType' is not a field of"
        + " the Output Port Component; did you mean 'promises.servicesType', a field of the port's promises?");
    assertThat(check.remembered()).isOne();
    assertThat(messages(check, withPort("serviceType"))).as("the same finding again").isEqualTo(first);
    assertThat(check.remembered()).isOne();
    assertThat(messages(check, withInfo("serviceType"))).as("elsewhere, no port's parts")
        .contains("/info/serviceType 'serviceType' is not a field of the Info Object");
    assertThat(check.remembered()).isEqualTo(3);
  }
}
