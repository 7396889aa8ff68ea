package io.dpds.policy;

import static io.dpds.load.Pointers.escape;

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
  private static final Pattern SIMPLE = Pattern.compile("^\\$(\\.[A-Za-z_][\\w-]*|\\[\\*]|\\[\\d+])*$");
  private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][\\w-]*)|\\[(\\*|\\d+)]");
  private static final Pattern VIRTUAL = Pattern.compile("^\\$\\.(\\$api|\\$payloads)(.*)$");

  private final String text;
  private final String virtual;
  private final String[] steps;
  private final JsonPath path;

  private PathSpec(String text, String virtual, String[] steps, JsonPath path) {
    this.text = text;
    this.virtual = virtual;
    this.steps = steps;
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
      List<String> steps = new ArrayList<>();
      var step = STEP.matcher(normal);
      while (step.find()) {
        steps.add(step.group(1) != null ? step.group(1) : "[" + step.group(2));
      }
      return new PathSpec(text, virtual, steps.toArray(String[]::new), null);
    }
    PathBrackets.problem(text).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    try {
      return new PathSpec(text, virtual, null, JsonPath.compile(normal));
    } catch (InvalidPathException e) { // a cause is an error of Jayway's own, whose text tells the reader nothing
      throw new IllegalArgumentException(e.getCause() == null ? e.getMessage() : "it cannot be parsed", e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("it cannot be parsed", e);
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
    if (steps != null) {
      List<Scope> hits = new ArrayList<>();
      walk(from, from.node(), new StringBuilder(), 0, hits);
      return hits;
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

  /**
   * Follows the steps of a simple path: field names, {@code [*]} (every item or value) and {@code [n]};
   * {@code relative} is the pointer walked so far from {@code from}.
   */
  private void walk(Scope from, JsonNode node, StringBuilder relative, int step, List<Scope> hits) {
    if (step == steps.length) {
      hits.add(from.child(node, relative.toString()));
      return;
    }
    int mark = relative.length();
    String s = steps[step];
    if (s.equals("[*")) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(from, node.get(i), relative.append('/').append(i), step + 1, hits);
          relative.setLength(mark);
        }
      } else if (node.isObject()) {
        for (var fields = node.fields(); fields.hasNext(); ) {
          var field = fields.next();
          walk(from, field.getValue(), relative.append('/').append(escape(field.getKey())), step + 1, hits);
          relative.setLength(mark);
        }
      }
    } else {
      JsonNode next = s.startsWith("[") ? node.get(Integer.parseInt(s.substring(1))) : node.get(s);
      if (next != null) {
        walk(from, next, relative.append('/').append(s.startsWith("[") ? s.substring(1) : escape(s)), step + 1,
            hits);
        relative.setLength(mark);
      }
    }
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
        out.append('/').append(escape(name.toString()));
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

  /** What identifies the path's meaning: two policies with the same select text select the same nodes. */
  String key() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
