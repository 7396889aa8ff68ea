package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.Fqn;
import io.dpds.identity.SemanticVersion;
import io.dpds.model.Info;
import io.dpds.report.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Document-level rules: the spec version (A2), an empty outputPorts (B5), an absent product FQN (B6) and a product
 * that is not generally available (G37). An unsupported spec version is checked before everything else by
 * {@link #unsupportedVersion}, because nothing else can be interpreted then.
 */
final class DocumentCheck implements DescriptorCheck {

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.SPEC_VERSION, ValidationRules.SPEC_VERSION_PATCH, ValidationRules.SPEC_DRAFT,
        ValidationRules.OUTPUT_PORTS_EMPTY,
        ValidationRules.INFO_FQN_MISSING, ValidationRules.VERSION_UNSTABLE);
  }

  /** The message of the one error for a spec version other than 1.0.x, if that is what the document declares. */
  static Optional<String> unsupportedVersion(JsonNode tree) {
    JsonNode declared = tree.path("dataProductDescriptor");
    if (!declared.isTextual()) {
      return Optional.empty(); // absent or mistyped: the schema check reports it
    }
    if (declared.textValue().equals("1.0.0")) {
      return Optional.empty(); // what nearly every descriptor declares: no need for the expression below
    }
    Optional<SemanticVersion> version = SemanticVersion.parse(declared.textValue());
    if (version.isEmpty() || version.get().major().equals("1") && version.get().minor().equals("0")) {
      return Optional.empty(); // malformed: format.version reports it
    }
    return Optional.of("dataProductDescriptor is '" + declared.textValue() + "': this validator implements DPDS"
        + " 1.0.x and does not interpret other versions");
  }

  @Override
  public void check(CheckContext context) {
    JsonNode tree = context.resolved().tree();
    JsonNode declared = tree.path("dataProductDescriptor");
    if (declared.isTextual() && !declared.textValue().equals("1.0.0") && Formats.isVersion(declared.textValue())) {
      boolean draft = declared.textValue().toUpperCase(Locale.ROOT).contains("DRAFT");
      context.report(draft ? ValidationRules.SPEC_DRAFT : ValidationRules.SPEC_VERSION_PATCH, "/dataProductDescriptor",
          "dataProductDescriptor '" + declared.textValue() + "' is read as DPDS 1.0.0"
              + (draft ? ", which replaced the DRAFT; its DRAFT-only fields are reported one by one" : ""));
    }
    JsonNode outputs = tree.path("interfaceComponents").path("outputPorts");
    if (outputs.isArray() && outputs.isEmpty()) {
      context.report(ValidationRules.OUTPUT_PORTS_EMPTY, "/interfaceComponents/outputPorts",
          "outputPorts is empty: the product exposes nothing to consumers");
    }
    context.descriptor().info().ifPresent(info -> info(context, info));
  }

  private static void info(CheckContext context, Info info) {
    if (!info.has("fullyQualifiedName")) {
      String derived = info.name().filter(Fqn::isWellFormedSegment).isPresent()
          && info.version().map(Formats::major).orElse(-1L) >= 0
          ? ": urn:dpds:{namespace}:dataproducts:" + info.name().get() + ":" + Formats.major(info.version().get())
          : "";
      context.report(ValidationRules.INFO_FQN_MISSING, "/info",
          "info has no fullyQualifiedName; the platform derives it" + derived);
    }
    info.version()
        .filter(version -> Formats.major(version) == 0)
        .ifPresent(version -> context.report(ValidationRules.VERSION_UNSTABLE, "/info/version",
            "version " + version + " has major 0: the product is not generally available"));
  }
}
