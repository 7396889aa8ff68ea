package io.dpds.triage;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.Document;
import io.dpds.load.ResourceException;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The waivers of a waiver file (YAML or JSON), and its problems. Never throws for a bad file: each problem is a
 * diagnostic located at its line in the file, like the problems of policy files, and a file with problems gives no
 * waivers at all (accepting findings on the strength of half a file would be silent).
 *
 * <pre>
 * waivers:
 *   - rule: property.unknown
 *     pointer: /interfaceComponents/outputPorts/*&#47;x-legacy   # optional; default ** (everywhere)
 *     reason: consumed by the legacy catalogue until 2027
 *     expires: 2027-01-31                                       # optional
 * </pre>
 *
 * @param file the file read
 * @param waivers the waivers, in file order; empty when there are problems
 * @param problems one diagnostic per problem
 */
public record WaiverFile(URI file, List<Waiver> waivers, List<Diagnostic> problems) {

  /**
   * Creates a {@code WaiverFile}; see the class comment for each component.
   *
   * @param file the file read
   * @param waivers the waivers, in file order; empty when there are problems
   * @param problems one diagnostic per problem
   */
  public WaiverFile {
    waivers = List.copyOf(waivers);
    problems = List.copyOf(problems);
  }

  /**
   * Reads the waiver file at {@code path}.
   *
   * @param path the waiver file
   * @return the waivers; {@link #problems()} says what was wrong with the file
   */
  public static WaiverFile read(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
    URI uri = absolute.toUri();
    Document document;
    try {
      document = DescriptorLoader.builder().root(folder).build().reader(uri).read(uri);
    } catch (ResourceException e) {
      return problem(uri, TriageRules.WAIVER_FILE_UNREADABLE, "Cannot read the waiver file " + path + ": "
          + e.getMessage(), null);
    }
    if (!document.problems().isEmpty()) {
      Diagnostic first = document.problems().get(0);
      return problem(uri, TriageRules.WAIVER_FILE_UNREADABLE, "The waiver file is not well-formed: "
          + first.message(), first.location().orElse(null));
    }
    JsonNode entries = document.tree().map(t -> t.get("waivers")).orElse(null);
    if (entries == null || !entries.isArray()) {
      return problem(uri, TriageRules.WAIVER_FILE_INVALID,
          "A waiver file has a top-level 'waivers' list", null);
    }
    List<Waiver> waivers = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = new Entry(document, entries.get(i), "/waivers/" + i, problems);
      String rule = entry.required("rule");
      String reason = entry.required("reason");
      String pointer = entry.optional("pointer");
      String expires = entry.optional("expires");
      LocalDate expiry = null;
      if (expires != null) {
        try {
          expiry = LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
          entry.problem("/expires", "waivers[" + i + "].expires is '" + expires
              + "', not a date such as 2027-01-31");
        }
      }
      if (rule != null && reason != null) {
        waivers.add(new Waiver(rule, pointer == null ? "**" : pointer, reason, expiry));
      }
    }
    return new WaiverFile(uri, problems.isEmpty() ? waivers : List.of(), problems);
  }

  /** {@return whether the file can be used} */
  public boolean ok() {
    return problems.isEmpty();
  }

  private static WaiverFile problem(URI uri, Rule rule, String message, SourceLocation at) {
    return new WaiverFile(uri, List.of(), List.of(rule.at("").message(message)
        .location(at != null ? at : new SourceLocation(uri, 1, 1)).build()));
  }

  /** One entry of the list, reporting its problems at their lines. */
  private record Entry(Document document, JsonNode node, String pointer, List<Diagnostic> problems) {

    String required(String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual() || value.textValue().isBlank()) {
        problem(value == null ? "" : "/" + field, "waivers[" + pointer.substring(pointer.lastIndexOf('/') + 1)
            + "] needs '" + field + "' (a non-empty string)");
        return null;
      }
      return value.textValue();
    }

    String optional(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isValueNode() || value.asText().isBlank()) {
        problem("/" + field, "waivers[" + pointer.substring(pointer.lastIndexOf('/') + 1) + "]." + field
            + " is a non-empty string");
        return null;
      }
      return value.asText();
    }

    void problem(String relative, String message) {
      problems.add(TriageRules.WAIVER_FILE_INVALID.at(pointer + relative).message(message)
          .location(document.locate(pointer + relative).orElse(null)).build());
    }
  }
}
