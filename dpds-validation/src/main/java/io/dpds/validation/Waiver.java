package io.dpds.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A decision to accept the findings of one rule at some places, with a reason and an optional expiry date. Matching
 * findings are reported as suppressed until the end of the expiry day; after it they are active again, with a
 * {@code waiver.expired} warning.
 *
 * <p>The pointer glob matches the finding's JSON pointer: {@code *} stands for any characters within one token,
 * {@code **} for any characters across tokens (e.g. {@code /interfaceComponents/outputPorts/*}{@code /promises/**}).
 *
 * @param ruleId the rule whose findings it waives
 * @param pointerGlob the pointers it covers
 * @param reason why the findings are accepted; shown beside each suppressed finding
 * @param expires the last day the waiver applies; null for none
 */
public record Waiver(String ruleId, String pointerGlob, String reason, LocalDate expires) {

  public Waiver {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(pointerGlob, "pointerGlob");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a reason");
    }
  }

  /** Whether the waiver covers the finding, whatever the date. */
  public boolean matches(Diagnostic diagnostic) {
    return ruleId.equals(diagnostic.ruleId()) && glob(pointerGlob).matcher(diagnostic.pointer()).matches();
  }

  /** Whether the waiver has expired on {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  public Optional<LocalDate> expiry() {
    return Optional.ofNullable(expires);
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * Reads a waiver file (YAML or JSON):
   *
   * <pre>
   * waivers:
   *   - rule: property.unknown
   *     pointer: /interfaceComponents/outputPorts/*&#47;x-legacy
   *     reason: consumed by the legacy catalogue until 2027
   *     expires: 2027-01-31
   * </pre>
   *
   * @throws IllegalArgumentException naming the file and the entry when the file cannot be read or is malformed
   */
  public static List<Waiver> read(Path file) {
    String text;
    JsonNode root;
    try {
      text = Files.readString(file);
      root = YAML.readTree(text);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": cannot read the waiver file: no such file", e);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": cannot read the waiver file: " + e.getMessage(), e);
    }
    JsonNode entries = root == null ? null : root.get("waivers");
    if (entries == null || !entries.isArray()) {
      throw new IllegalArgumentException(file + ":1:1: a waiver file has a top-level 'waivers' list");
    }
    List<String> lines = entryLines(text);
    List<Waiver> waivers = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String where = file + ":" + (i < lines.size() ? lines.get(i) : "1:1") + ": waivers[" + i + "]";
      String rule = required(entry, "rule", where);
      String pointer = entry.hasNonNull("pointer") ? entry.get("pointer").asText() : "**";
      String reason = required(entry, "reason", where);
      LocalDate expires = null;
      if (entry.hasNonNull("expires")) {
        try {
          expires = LocalDate.parse(entry.get("expires").asText());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(where + ": expires must be a date such as 2027-01-31");
        }
      }
      waivers.add(new Waiver(rule, pointer, reason, expires));
    }
    return List.copyOf(waivers);
  }

  private static final YAMLMapper YAML = new YAMLMapper();

  /** "line:column" of each entry of the top-level waivers list, in order. */
  private static List<String> entryLines(String text) {
    List<String> out = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(text)) {
      int depth = 0;
      boolean inWaivers = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (depth == 1 && token == JsonToken.FIELD_NAME) {
          inWaivers = parser.currentName().equals("waivers");
        }
        if (token.isStructStart()) {
          if (inWaivers && depth == 2) {
            JsonLocation at = parser.currentTokenLocation();
            out.add(at.getLineNr() + ":" + at.getColumnNr());
          }
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
    } catch (IOException e) {
      return out; // already parsed once; positions are a courtesy
    }
    return out;
  }

  private static String required(JsonNode entry, String field, String where) {
    JsonNode value = entry.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + field + "' is required");
    }
    return value.textValue();
  }
}
