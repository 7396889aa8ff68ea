package io.dpds.load;

import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.List;

/** The rules that reading and reference resolution check. Every id is stable. */
public final class LoadRules {

  /** {@code load.unreadable}: The root document can be read. */
  public static final Rule UNREADABLE =
      new Rule(
          "load.unreadable",
          Severity.ERROR,
          "The root document can be read",
          "Check the path or URI and that the file exists and is readable.");
  /** {@code load.syntax}: The document is well-formed JSON or YAML. */
  public static final Rule SYNTAX =
      new Rule(
          "load.syntax",
          Severity.ERROR,
          "The document is well-formed JSON or YAML",
          "Fix the syntax at the given line and column.");
  /** {@code load.duplicate-key}: No key appears twice in one object. */
  public static final Rule DUPLICATE_KEY =
      new Rule(
          "load.duplicate-key",
          Severity.ERROR,
          "No key appears twice in one object",
          "Remove or rename one of the two keys; field names must be unique within their object.");
  /** {@code load.yaml-tag}: YAML uses only what JSON can express (the YAML JSON-schema tags). */
  public static final Rule YAML_TAG =
      new Rule(
          "load.yaml-tag",
          Severity.ERROR,
          "YAML uses only what JSON can express (the YAML JSON-schema tags)",
          "Remove the custom tag, and write infinity or NaN as strings.");
  /** {@code load.yaml-key}: YAML map keys are strings. */
  public static final Rule YAML_KEY =
      new Rule(
          "load.yaml-key",
          Severity.ERROR,
          "YAML map keys are strings",
          "Write every key as a string: quote one YAML reads as another type (\"200\": instead of 200:), and use no"
              + " mapping or sequence as a key.");
  /** {@code load.not-an-object}: A descriptor document is one JSON object. */
  public static final Rule NOT_AN_OBJECT =
      new Rule(
          "load.not-an-object",
          Severity.ERROR,
          "A descriptor document is one JSON object",
          "Make the document's top level a mapping/object.");
  /**
   * {@code load.lone-surrogate}: Strings are Unicode text: no escaped UTF-16 surrogate without its pair (\ud800 alone).
   */
  public static final Rule LONE_SURROGATE =
      new Rule(
          "load.lone-surrogate",
          Severity.ERROR,
          "Strings are Unicode text: no escaped UTF-16 surrogate without its pair (\\ud800 alone)",
          "Write the character itself, or both halves of its surrogate pair (\\ud83d\\ude80).");
  /** {@code load.limit}: The input stays within the loader's limits (depth, size, documents, aliases). */
  public static final Rule LIMIT =
      new Rule(
          "load.limit",
          Severity.ERROR,
          "The input stays within the loader's limits (depth, size, documents, aliases)",
          "Simplify the input, or raise the limit on DescriptorLoader.Builder#limits if the input is trusted.");
  /** {@code ref.invalid}: A $ref is a string holding an RFC 3986 URI-reference. */
  public static final Rule REF_INVALID =
      new Rule(
          "ref.invalid",
          Severity.ERROR,
          "A $ref is a string holding an RFC 3986 URI-reference",
          "Write the reference as a relative path or URI, optionally with a #/json/pointer fragment.");
  /** {@code ref.unresolved}: Every reference points to a document that can be read. */
  public static final Rule REF_UNRESOLVED =
      new Rule(
          "ref.unresolved",
          Severity.ERROR,
          "Every reference points to a document that can be read",
          "Check the path: a relative $ref is resolved against the document that contains it.");
  /** {@code ref.pointer}: A reference fragment is a JSON pointer to a node that exists. */
  public static final Rule REF_POINTER =
      new Rule(
          "ref.pointer",
          Severity.ERROR,
          "A reference fragment is a JSON pointer to a node that exists",
          "Write the fragment as #/path/to/node (RFC 6901) and check that the node exists in the target.");
  /** {@code ref.cycle}: References do not form a cycle. */
  public static final Rule REF_CYCLE =
      new Rule(
          "ref.cycle",
          Severity.ERROR,
          "References do not form a cycle",
          "Break the cycle: one of the references in the chain must point to a real object.");
  /** {@code ref.refused}: References stay within what the loader allows (root folder, allowed hosts). */
  public static final Rule REF_REFUSED =
      new Rule(
          "ref.refused",
          Severity.ERROR,
          "References stay within what the loader allows (root folder, allowed hosts)",
          "Move the file under the descriptor's folder, widen the root, allow the host, or map the URI prefix"
              + " to a local folder.");

  /** Every rule above, in catalogue order. */
  public static final List<Rule> ALL =
      List.of(
          UNREADABLE,
          SYNTAX,
          LONE_SURROGATE,
          DUPLICATE_KEY,
          YAML_TAG,
          YAML_KEY,
          NOT_AN_OBJECT,
          LIMIT,
          REF_INVALID,
          REF_UNRESOLVED,
          REF_POINTER,
          REF_CYCLE,
          REF_REFUSED);

  private LoadRules() {}
}
