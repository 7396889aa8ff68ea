package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.policy.PolicyEngine;
import io.dpds.validation.DescriptorValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dpds schema [--kind descriptor|policy|config]}: prints a bundled JSON Schema (draft 2020-12) for editors:
 * the DPDS 1.0.0 descriptor schema the validator uses (the official one with its defects fixed), the policy file's or
 * the project configuration file's.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a bundled JSON Schema for editors: descriptor (DPDS 1.0.0, as the validator checks it), policy (policy"
          + " files) or config (dpds.yaml). Save it and point your editor at it, e.g. the first line"
          + " '# yaml-language-server: $schema=dpds.schema.json' of a YAML file.",
      "Exit codes: 0 printed; 2 an option is wrong."
    })
final class SchemaCommand implements Callable<Integer> {

  /** The schemas there are. */
  enum Kind {
    DESCRIPTOR(DescriptorValidator.class, "dpds-1.0.0.schema.json"),
    POLICY(PolicyEngine.class, "policy-schema.json"),
    CONFIG(ProjectConfig.class, "dpds-config.schema.json");

    private final Class<?> owner;
    private final String resource;

    Kind(Class<?> owner, String resource) {
      this.owner = owner;
      this.resource = resource;
    }
  }

  static final class KindChoice implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      return Choices.choose(Kind.class, value, "descriptor, policy or config");
    }
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--kind", paramLabel = "descriptor|policy|config", converter = KindChoice.class,
      description = "Which schema (default: descriptor).")
  Kind kind = Kind.DESCRIPTOR;

  @Override
  public Integer call() throws IOException {
    String schema;
    try (InputStream in = kind.owner.getResourceAsStream(kind.resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled schema " + kind.resource + " is missing from the class path");
      }
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(schema.endsWith("\n") ? schema : schema + "\n");
    out.flush();
    return 0;
  }
}
