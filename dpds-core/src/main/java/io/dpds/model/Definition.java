package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code definition} of a Standard Definition: an inline object (an OpenAPI or AsyncAPI document, ...), inline
 * text, or a Reference Object to the document that holds it. After resolution a referenced document's content stands
 * here as an object (JSON or YAML) or as text (anything else). Immutable: objects handed out are copies.
 */
public final class Definition {

  /** What a definition holds. */
  public enum Kind {
    /** An inline JSON or YAML object. */
    OBJECT,
    /** Inline text. */
    TEXT,
    /** A Reference Object pointing at the content. */
    REFERENCE
  }

  private final Kind kind;
  private final JsonNode object;
  private final String text;
  private final Reference reference;

  private Definition(Kind kind, JsonNode object, String text, Reference reference) {
    this.kind = kind;
    this.object = object;
    this.text = text;
    this.reference = reference;
  }

  /**
   * {@return a definition written inline as an object; the node is copied}
   *
   * @param object the JSON object
   * @throws IllegalArgumentException if {@code object} is not a JSON object
   */
  public static Definition ofObject(JsonNode object) {
    if (!object.isObject()) {
      throw new IllegalArgumentException("not an object: " + object.getNodeType());
    }
    return new Definition(Kind.OBJECT, object.deepCopy(), null, null);
  }

  /**
   * {@return a definition written inline as text, e.g. a schema in a string}
   *
   * @param text the text
   */
  public static Definition ofText(String text) {
    return new Definition(Kind.TEXT, null, Objects.requireNonNull(text, "text"), null);
  }

  /**
   * {@return a definition given by a reference to another document}
   *
   * @param reference the Reference Object
   */
  public static Definition ofReference(Reference reference) {
    return new Definition(Kind.REFERENCE, null, null, Objects.requireNonNull(reference, "reference"));
  }

  /** Null when the JSON value is neither an object nor a string. */
  static Definition fromJson(JsonNode node) {
    if (node.isTextual()) {
      return ofText(node.textValue());
    }
    if (node.isObject() && node.get("$ref") != null && node.get("$ref").isTextual()) {
      Reference ref = Shapes.REFERENCE.bind(node);
      return ref.unknownProperties().isEmpty() ? ofReference(ref) : new Definition(Kind.OBJECT, node, null, null);
    }
    return node.isObject() ? new Definition(Kind.OBJECT, node, null, null) : null;
  }

  JsonNode toJson() {
    return switch (kind) {
      case OBJECT -> object.deepCopy();
      case TEXT -> TextNode.valueOf(text);
      case REFERENCE -> reference.toJson();
    };
  }

  /** {@return how the definition is written} */
  public Kind kind() {
    return kind;
  }

  /** {@return the inline object (a copy), when {@link Kind#OBJECT}} */
  public Optional<JsonNode> asObject() {
    return kind == Kind.OBJECT ? Optional.of(object.deepCopy()) : Optional.empty();
  }

  /** {@return the inline text, when {@link Kind#TEXT}} */
  public Optional<String> asText() {
    return Optional.ofNullable(text);
  }

  /** {@return the reference, when {@link Kind#REFERENCE} (authored form, or a reference that could not be resolved)} */
  public Optional<Reference> asReference() {
    return Optional.ofNullable(reference);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Definition d
        && kind == d.kind
        && Objects.equals(object, d.object)
        && Objects.equals(text, d.text)
        && Objects.equals(reference, d.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, object, text, reference);
  }

  @Override
  public String toString() {
    return toJson().toString();
  }
}
