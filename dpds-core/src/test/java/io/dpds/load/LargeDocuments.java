package io.dpds.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Documents made exactly a mebibyte long ({@link ReadOptions#LARGE_DOCUMENT_BYTES}) by an extension put first. */
final class LargeDocuments {

  private LargeDocuments() {}

  /** {@code json}, an object, with an extension first that makes it exactly a mebibyte long. */
  static String large(String json) {
    String head = "{\"x-padding\": \"";
    String tail = "\", " + json.substring(1);
    return head + "a".repeat(ReadOptions.LARGE_DOCUMENT_BYTES - head.length() - tail.length()) + tail;
  }

  /** {@code json} as YAML in block style, with a mapping key first that makes it exactly a mebibyte long. */
  static String largeYaml(String json) {
    try {
      String yaml = new YAMLMapper().writeValueAsString(new ObjectMapper().readTree(json)).replaceFirst("^---\n", "");
      String head = "x-padding: ";
      return head + "a".repeat(ReadOptions.LARGE_DOCUMENT_BYTES - head.length() - 1 - yaml.length()) + "\n" + yaml;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code json} made large in {@code format}: {@code json} or {@code yaml}. */
  static String large(String format, String json) {
    return format.equals("json") ? large(json) : largeYaml(json);
  }
}
