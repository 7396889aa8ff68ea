package io.dpds.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A compiled path: JSONPath (Jayway) from the node it is applied to ({@code $} or {@code @} is that node; a path
 * without either is read as {@code $.path}), with the virtual port members {@code $api} and {@code $payloads} as its
 * first step. Simple dotted paths skip JSONPath. Immutable and thread-safe.
 */
final class PathSpec {

  static final Configuration JSONPATH = Configuration.builder()
      .jsonProvider(new JacksonJsonNodeJsonProvider())
      .mappingProvider(new JacksonMappingProvider())
      .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
      .build();
  private static final Pattern SIMPLE = Pattern.compile("^\\$(\\.[A-Za-z_][\\w-]*)*$");
  private static final Pattern VIRTUAL = Pattern.compile("^\\$\\.(\\$api|\\$payloads)(.*)$");

  private final String text;
  private final String virtual;
  private final String[] fields;
  private final JsonPath path;

  private PathSpec(String text, String virtual, String[] fields, JsonPath path) {
    this.text = text;
    this.virtual = virtual;
    this.fields = fields;
    this.path = path;
  }

  /**
   * Compiles {@code text}.
   *
   * @throws IllegalArgumentException with the reason when it is not a path
   */
  static PathSpec compile(String text) {
    String normal = text.startsWith("@") ? "$" + text.substring(1)
        : text.startsWith("$") && !text.startsWith("$api") && !text.startsWith("$payloads") ? text
        : text.startsWith("[") ? "$" + text : "$." + text;
    String virtual = null;
    var v = VIRTUAL.matcher(normal);
    if (v.matches()) {
      virtual = v.group(1);
      normal = "$" + v.group(2);
    }
    if (SIMPLE.matcher(normal).matches()) {
      String[] fields = normal.length() == 1 ? new String[0] : normal.substring(2).split("\\.");
      return new PathSpec(text, virtual, fields, null);
    }
    try {
      return new PathSpec(text, virtual, null, JsonPath.compile(normal));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The nodes this path selects from {@code scope}, in document order. */
  List<Scope> select(Scope scope) {
    Scope from = scope;
    if (virtual != null) {
      var member = scope.virtual(virtual);
      if (member.isEmpty()) {
        return List.of();
      }
      from = member.get();
    }
    if (fields != null) {
      JsonNode node = from.node();
      StringBuilder pointer = new StringBuilder();
      for (String field : fields) {
        node = node.get(field);
        if (node == null) {
          return List.of();
        }
        pointer.append('/').append(field.replace("~", "~0").replace("/", "~1"));
      }
      return List.of(from.child(node, pointer.toString()));
    }
    List<Scope> hits = new ArrayList<>();
    JsonNode paths = path.read(from.node(), JSONPATH);
    for (JsonNode p : paths) {
      String pointer = pointer(p.asText());
      JsonNode node = from.node().at(pointer);
      if (!node.isMissingNode()) {
        hits.add(from.child(node, pointer));
      }
    }
    return hits;
  }

  /** Jayway's normalised path ({@code $['a'][0]['b']}) as a JSON pointer ({@code /a/0/b}). */
  static String pointer(String normalised) {
    StringBuilder out = new StringBuilder();
    int i = 1;
    while (i < normalised.length()) {
      if (normalised.startsWith("['", i)) {
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < normalised.length() && normalised.charAt(j) != '\'') {
          if (normalised.charAt(j) == '\\' && j + 1 < normalised.length()) {
            j++;
          }
          name.append(normalised.charAt(j++));
        }
        out.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
        i = j + 2;
      } else if (normalised.charAt(i) == '[') {
        int end = normalised.indexOf(']', i);
        out.append('/').append(normalised, i + 1, end);
        i = end + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
