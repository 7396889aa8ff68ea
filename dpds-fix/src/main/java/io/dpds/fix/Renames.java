package io.dpds.fix;

import io.dpds.fix.SourceIndex.Node;
import io.dpds.load.Pointers;
import io.dpds.report.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --rename OLD=NEW}: the {@code name} (and {@code domain}) fields that hold OLD, and the FQN segments that are
 * OLD (in every {@code urn:} string: fullyQualifiedName, dependsOn, consumesFrom, providesTo...), become NEW in every document. The
 * derived fields (ids) follow in the fixer's rounds.
 */
final class Renames {

  private Renames() {}

  /** Edits the documents at {@code paths} into {@code texts}, keeping their first text in {@code originals}. */
  static List<Fix> apply(Map<String, String> renames, List<Path> paths, Map<Path, String> texts,
      Map<Path, String> originals) {
    List<Fix> fixes = new ArrayList<>();
    for (Path path : paths) {
      String text = texts.containsKey(path) ? texts.get(path) : DescriptorFixer.read(path);
      if (text == null) {
        continue;
      }
      SourceIndex index = SourceIndex.of(text, !path.getFileName().toString().endsWith(".json"));
      Writer writer = new Writer(index);
      List<TextEdit> edits = new ArrayList<>();
      collect(index.at(""), renames, index, writer, edits, fixes, path);
      if (!edits.isEmpty()) {
        originals.putIfAbsent(path, text);
        texts.put(path, TextEdit.apply(text, edits, new ArrayList<>()));
      }
    }
    return fixes;
  }

  private static void collect(Node node, Map<String, String> renames, SourceIndex index, Writer writer,
      List<TextEdit> edits, List<Fix> fixes, Path path) {
    if (node == null) {
      return;
    }
    for (Node child : node.children) {
      collect(child, renames, index, writer, edits, fixes, path);
    }
    if (node.scalar == null) {
      return;
    }
    String renamed = node.scalar;
    String field = Pointers.last(node.pointer);
    if ((field.equals("name") || field.equals("domain")) && renames.containsKey(node.scalar)) {
      renamed = renames.get(node.scalar);
    } else if (node.scalar.startsWith("urn:")) {
      String[] segments = node.scalar.split(":", -1);
      for (int i = 1; i < segments.length; i++) {
        segments[i] = renames.getOrDefault(segments[i], segments[i]);
      }
      renamed = String.join(":", segments);
    }
    if (!renamed.equals(node.scalar)) {
      edits.addAll(writer.replaceValue(node, renamed));
      fixes.add(new Fix("rename", node.pointer, new SourceLocation(path.toUri(), index.line(node.valueStart),
          index.column(node.valueStart) + 1), node.scalar + " -> " + renamed));
    }
  }
}
