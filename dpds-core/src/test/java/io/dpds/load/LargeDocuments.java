package io.dpds.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Documents made exactly a mebibyte long ({@link ReadOptions#LARGE_DOCUMENT_BYTES}), or as long as asked, by an
 * extension put first.
 */
final class LargeDocuments {

  private static final int LINE = 1 << 16;

  private LargeDocuments() {}

  /** {@code json}, an object, with an extension first that makes it exactly a mebibyte long. */
  static String large(String json) {
    return large("json", json, ReadOptions.LARGE_DOCUMENT_BYTES);
  }

  /** {@code json} made exactly a mebibyte long in {@code format}: {@code json} or {@code yaml}. */
  static String large(String format, String json) {
    return large(format, json, ReadOptions.LARGE_DOCUMENT_BYTES);
  }

  /**
   * {@code json}, an object, made exactly {@code bytes} long in {@code format}: in JSON with an extension first, in
   * YAML in block style with a mapping key first, whose value is a block of lines.
   */
  static String large(String format, String json, int bytes) {
    if (format.equals("json")) {
      String head = "{\"x-padding\": \"";
      String tail = "\", " + json.substring(1);
      return head + "a".repeat(bytes - head.length() - tail.length()) + tail;
    }
    try {
      String yaml = new YAMLMapper().writeValueAsString(new ObjectMapper().readTree(json)).replaceFirst("^---\n", "");
      StringBuilder out = new StringBuilder("x-padding: |\n"); // a block of lines: YAML lines are read up to 1 MiB
      for (int left = bytes - out.length() - yaml.length(); left > 0; ) {
        int line = left >= 2 * LINE ? LINE : left > LINE ? left / 2 : left; // each with its indent and line break
        out.append("  ").append("a".repeat(line - 3)).append('\n');
        left -= line;
      }
      return out.append(yaml).toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
