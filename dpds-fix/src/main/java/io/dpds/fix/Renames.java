package io.dpds.fix;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.fix.SourceIndex.Node;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code --rename OLD=NEW}, on the descriptor's own content: the {@code name} fields that hold OLD (the product's, the
 * components', the Standard Definitions', the tasks', the contact points'; not the owner's, a person's name),
 * {@code info.domain}, and the FQN segments that are OLD (in every {@code urn:} string: fullyQualifiedName, dependsOn,
 * consumesFrom, providesTo...) become NEW, where each is written. What a Standard Definition's {@code definition} holds
 * (an AsyncAPI or OpenAPI document, inline or in a file of its own) and {@code x-} extensions are another
 * specification's names, and stay. The derived fields (ids) follow in the fixer's rounds.
 */
final class Renames {

  /** The lists whose items' names are unique: the ports of a kind, the applications, the infrastructure. */
  private static final Pattern UNIQUE_NAMES = Pattern.compile(
      "/(interfaceComponents/[a-zA-Z]+Ports|internalComponents/(application|infrastructural)Components)");

  private Renames() {}

  /**
   * Edits the documents of {@code descriptor} into {@code texts}, keeping their first text in {@code originals}.
   *
   * @param pathOf the local file of a document's URI, or null when it cannot be edited
   * @throws IllegalArgumentException when a rename would give an object the name of another in the same list
   */
  static List<Fix> apply(Map<String, String> renames, ResolvedDescriptor descriptor,
      Function<URI, @Nullable Path> pathOf, Map<Path, String> texts, Map<Path, String> originals) {
    Renaming renaming = new Renaming(renames, descriptor, pathOf, texts);
    renaming.walk(descriptor.tree(), "");
    renaming.edits.forEach((path, edits) -> {
      String text = renaming.indexes.get(path).text;
      originals.putIfAbsent(path, text);
      texts.put(path, TextEdit.apply(text, edits, new ArrayList<>()));
    });
    return renaming.fixes;
  }

  /** One rename of a descriptor: the edits of each document, and the fixes they make. */
  private static final class Renaming {
    private final Map<String, String> renames;
    private final ResolvedDescriptor descriptor;
    private final Function<URI, @Nullable Path> pathOf;
    private final Map<Path, String> texts;
    private final Map<Path, SourceIndex> indexes = new HashMap<>();
    private final Map<Path, List<TextEdit>> edits = new LinkedHashMap<>();
    private final Set<String> edited = new HashSet<>(); // file and offset of each value edited: a node written once
    private final List<Fix> fixes = new ArrayList<>();

    Renaming(Map<String, String> renames, ResolvedDescriptor descriptor, Function<URI, @Nullable Path> pathOf,
        Map<Path, String> texts) {
      this.renames = renames;
      this.descriptor = descriptor;
      this.pathOf = pathOf;
      this.texts = texts;
    }

    void walk(JsonNode node, String pointer) {
      if (node.isObject()) {
        node.fields().forEachRemaining(member -> {
          if (!member.getKey().equals("definition") && !member.getKey().startsWith("x-")) {
            walk(member.getValue(), Pointers.child(pointer, member.getKey()));
          }
        });
      } else if (node.isArray()) {
        if (UNIQUE_NAMES.matcher(pointer).matches()) {
          collisions(node, pointer);
        }
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), Pointers.child(pointer, i));
        }
      } else if (node.isTextual()) {
        String renamed = renamed(node.textValue(), pointer);
        if (!renamed.equals(node.textValue())) {
          edit(pointer, node.textValue(), renamed);
        }
      }
    }

    /** {@code text} at {@code pointer} as the renames make it. */
    private String renamed(String text, String pointer) {
      String field = Pointers.last(pointer);
      if (field.equals("name") && !pointer.equals("/info/owner/name") || pointer.equals("/info/domain")) {
        return renames.getOrDefault(text, text);
      }
      if (!text.startsWith("urn:")) {
        return text;
      }
      String[] segments = text.split(":", -1);
      for (int i = 1; i < segments.length; i++) {
        segments[i] = renames.getOrDefault(segments[i], segments[i]);
      }
      return String.join(":", segments);
    }

    /** Refuses renames that would give two items of {@code items}, whose names are unique, one name. */
    private void collisions(JsonNode items, String pointer) {
      Map<String, Integer> before = new HashMap<>();
      Map<String, Integer> after = new HashMap<>();
      items.forEach(item -> {
        String name = item.path("name").asText("");
        before.merge(name, 1, Integer::sum);
        after.merge(renames.getOrDefault(name, name), 1, Integer::sum);
      });
      after.forEach((name, count) -> {
        if (count > before.getOrDefault(name, 0) && count > 1) {
          throw new IllegalArgumentException("--rename would give two items of " + pointer + " the name '" + name
              + "'; choose a name none of them has");
        }
      });
    }

    /** Writes {@code renamed} where the value at {@code pointer} is written, once per written value. */
    private void edit(String pointer, String text, String renamed) {
      SourceLocation at = descriptor.locate(pointer).orElse(null);
      Path path = at == null ? null : pathOf.apply(at.uri());
      SourceIndex index = path == null ? null : index(path);
      Node node = index == null ? null : index.at(at.line(), at.column(), Pointers.last(pointer));
      if (node == null || !text.equals(node.scalar) || !edited.add(path + " " + node.valueStart)) {
        return; // not a local file, not written as read (a YAML merge), or edited already through another pointer
      }
      edits.computeIfAbsent(path, p -> new ArrayList<>()).addAll(new Writer(index).replaceValue(node, renamed));
      fixes.add(new Fix("rename", pointer, index.location(path.toUri(), node.valueStart), text + " -> " + renamed));
    }

    private @Nullable SourceIndex index(Path path) {
      if (!indexes.containsKey(path)) {
        String text = texts.containsKey(path) ? texts.get(path) : DescriptorFixer.read(path);
        indexes.put(path, text == null ? null : SourceIndex.of(text, !path.getFileName().toString().endsWith(".json")));
      }
      return indexes.get(path);
    }
  }
}
