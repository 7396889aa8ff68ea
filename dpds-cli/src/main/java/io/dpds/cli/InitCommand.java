package io.dpds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds init [DIR]}: writes a new, valid, multi-file descriptor: a product with one output port described in
 * AsyncAPI with an Avro payload (a CloudEvents envelope, so the built-in pack passes), one application, one
 * infrastructural component, and lifecycle tasks for {@code dev} and {@code prod}. Never overwrites a file.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a new data product descriptor, valid and passing the built-in policies, spread over files as teams"
          + " write them: the root, a port, its AsyncAPI definition, an Avro schema, an application and an"
          + " infrastructural component. Every option has a default.",
      "Exit codes: 0 written; 2 a file it would write exists, or an option is wrong."
    })
final class InitCommand implements Callable<Integer> {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]+");
  private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder to write into (default: the working"
      + " directory; created when missing).")
  Path dir = Path.of("");

  @Option(names = "--name", paramLabel = "NAME", description = "The product's name, camelCase (default: myProduct).")
  String name = "myProduct";

  @Option(names = "--domain", paramLabel = "DOMAIN", description = "Its domain, camelCase (default: myDomain).")
  String domain = "myDomain";

  @Option(names = "--owner", paramLabel = "EMAIL", description = "The owning team's e-mail address"
      + " (default: data-team@example.org).")
  String owner = "data-team@example.org";

  @Option(names = "--namespace", paramLabel = "NAMESPACE", description = "The FQN namespace, a reversed domain"
      + " name (default: org.example).")
  String namespace = "org.example";

  @Option(names = "--platform", paramLabel = "PLATFORM", description = "Where its topics run (default: kafka).")
  String platform = "kafka";

  @Override
  public Integer call() throws IOException {
    check("--name", name, NAME);
    check("--domain", domain, NAME);
    check("--namespace", namespace, NAMESPACE);
    if (!owner.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("--owner is an e-mail address, not '" + owner + "'");
    }
    Map<Path, String> files = files();
    List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
    if (!existing.isEmpty()) {
      throw new IllegalArgumentException("not overwriting " + String.join(", ",
          existing.stream().map(Diagnostics::display).toList()) + "; choose another folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (var file : files.entrySet()) {
      Files.createDirectories(file.getKey().toAbsolutePath().getParent());
      Files.writeString(file.getKey(), file.getValue());
      out.println("wrote " + Diagnostics.display(file.getKey()));
    }
    out.println("next: dpds validate " + Diagnostics.display(dir.resolve("data-product-descriptor.yaml")));
    out.flush();
    return 0;
  }

  private static void check(String option, String value, Pattern format) {
    if (!format.matcher(value).matches()) {
      throw new IllegalArgumentException(option + " '" + value + "' is not valid: "
          + (format == NAME ? "camelCase letters and digits, e.g. tripStatus" : "dot-separated names, e.g."
              + " com.example"));
    }
  }

  /** Every file, by path, in the order written. */
  private Map<Path, String> files() {
    String fqn = "urn:dpds:" + namespace + ":dataproducts:" + name + ":1";
    String port = name + "Events";
    String kebab = kebab(name);
    String record = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Event";
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("data-product-descriptor.yaml"), """
        # The %1$s data product (DPDS 1.0.0). Check it with: dpds validate data-product-descriptor.yaml
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: %2$s
          name: %1$s
          version: 1.0.0
          domain: %3$s
          owner:
            id: %4$s
          description: What %1$s gives its consumers.
        interfaceComponents:
          outputPorts:
            - $ref: ports/%5$s-output.yaml
        internalComponents:
          applicationComponents:
            - $ref: apps/%5$s-processor.yaml
          infrastructuralComponents:
            - $ref: infra/%5$s-store.yaml
          lifecycleInfo:
        %6$s%7$s\
        components:
          templates:
            provision:
              name: provision
              version: 1.0.0
              specification: terraform
              specificationVersion: 1.6.0
              definition: terraform apply -auto-approve
            deploy:
              name: deploy
              version: 1.0.0
              specification: custom
              definition: {steps: [build, test, deploy]}
        """.formatted(name, fqn, domain, owner, kebab, stage("dev"), stage("prod")));
    files.put(dir.resolve("ports/" + kebab + "-output.yaml"), """
        name: %1$s
        version: 1.0.0
        description: The events of %2$s, one per change.
        promises:
          platform: %3$s
          servicesType: streaming-services
          api:
            name: %1$sApi
            version: 1.0.0
            specification: asyncapi
            specificationVersion: 2.6.0
            definition:
              $ref: ../apis/%4$s.asyncapi.yaml
          deprecationPolicy:
            name: %1$sDeprecation
            version: 1.0.0
            specification: custom
            definition: {gracePeriod: P3M}
          slo:
            name: %1$sSlo
            version: 1.0.0
            specification: custom
            definition: {freshness: PT5M, availability: '99.9'}
        """.formatted(port, name, platform, kebab));
    files.put(dir.resolve("apis/" + kebab + ".asyncapi.yaml"), """
        asyncapi: 2.6.0
        info:
          title: %1$s events
          version: 1.0.0
        channels:
          %2$s.events:
            subscribe:
              operationId: read%3$s
              message:
                name: %3$s
                schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                payload:
                  $ref: ../schemas/%2$s-event.avsc
        """.formatted(name, kebab, record));
    files.put(dir.resolve("schemas/" + kebab + "-event.avsc"), """
        {
          "type": "record",
          "name": "%1$s",
          "namespace": "%2$s",
          "doc": "A CloudEvents envelope: id, source, specversion and type, then the data.",
          "fields": [
            {"name": "id", "type": "string"},
            {"name": "source", "type": "string"},
            {"name": "specversion", "type": "string"},
            {"name": "type", "type": "string"},
            {"name": "time", "type": ["null", "string"], "default": null},
            {"name": "data", "type": "string", "doc": "The event itself, as JSON."}
          ]
        }
        """.formatted(record, namespace + "." + name.toLowerCase(Locale.ROOT)));
    files.put(dir.resolve("apps/" + kebab + "-processor.yaml"), """
        name: %1$sProcessor
        version: 1.0.0
        description: The application that produces the %2$s events.
        platform: %3$s
        applicationType: stream-processing
        providesTo:
          - %4$s:outputports:%2$s
        dependsOn:
          - %4$s:infrastructure:%1$sStore
        """.formatted(name, port, platform, fqn));
    files.put(dir.resolve("infra/" + kebab + "-store.yaml"), """
        name: %1$sStore
        version: 1.0.0
        description: The topics of %1$s.
        platform: %2$s
        infrastructureType: storage-resource
        """.formatted(name, platform));
    return files;
  }

  /** A stage of {@code lifecycleInfo}: provision, then deploy, each with its executor and template. */
  private static String stage(String stage) {
    return """
            %1$s:
              - name: provision
                order: 1
                service: {$href: 'https://ci.example.org/provision'}
                template: {$ref: '#/components/templates/provision'}
                configurations: {stage: %1$s}
              - name: deploy
                order: 2
                service: {$href: 'https://ci.example.org/deploy'}
                template: {$ref: '#/components/templates/deploy'}
                configurations: {stage: %1$s}
        """.formatted(stage);
  }

  /** {@code tripStatus} as {@code trip-status}. */
  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
