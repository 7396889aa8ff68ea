package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document read during a load: a DPDS document (the root, a referenced port, ...) or a foreign document behind a
 * Standard Definition's {@code definition} (an AsyncAPI file, an Avro schema, a {@code .proto}).
 *
 * <p>The tree is shared with the resolved descriptor and must not be modified.
 */
public final class Document {

  private final URI uri;
  private final Format format;
  private final JsonNode tree;
  private final String text;
  private final List<Diagnostic> problems;
  private final Origins origins;
  private final boolean referenceFree;

  Document(URI uri, Format format, JsonNode tree, String text, List<Diagnostic> problems, Origins origins,
      boolean referenceFree) {
    this.origins = origins;
    this.referenceFree = referenceFree;
    this.uri = Objects.requireNonNull(uri, "uri");
    this.format = Objects.requireNonNull(format, "format");
    this.tree = tree;
    this.text = text;
    this.problems = List.copyOf(problems);
  }

  /** {@return the document's URI, without fragment} */
  public URI uri() {
    return uri;
  }

  /** {@return how the document was read: JSON, YAML, or text} */
  public Format format() {
    return format;
  }

  /** {@return the parsed content of a JSON or YAML document (read-only); empty for {@link Format#TEXT}} */
  public Optional<JsonNode> tree() {
    return Optional.ofNullable(tree);
  }

  /**
   * {@return where the node at {@code pointer} of this document's tree was written (line and column in this document);
   * when the pointer leads nowhere, the deepest node on its path that exists} Empty for a text document.
   *
   * @param pointer a JSON pointer into this document
   */
  public Optional<SourceLocation> locate(String pointer) {
    if (tree == null || origins == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(origins.locate(tree, Objects.requireNonNull(pointer, "pointer")));
  }

  /**
   * {@return whether the document is known to have no member named {@code $ref} (false when unknown): resolving it
   * would change nothing}
   */
  boolean referenceFree() {
    return referenceFree;
  }

  /** {@return the content of a {@link Format#TEXT} document} */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * {@return for a foreign document: what reading it found, located in it} Kept as text: why it did not parse as JSON
   * or YAML, if it looked like either (its specification's validator may want to say so); parsed: a duplicate key,
   * whose first value is kept. Empty for DPDS documents, whose problems are load diagnostics.
   */
  public List<Diagnostic> problems() {
    return problems;
  }
}
