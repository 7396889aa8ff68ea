package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A Reference Object the resolver met at a position where it follows references: where it stood, what it said, and
 * what it named. Recorded whether or not the target could be resolved, so that later stages (validation, diff) can
 * reason about references after they were replaced by their targets.
 *
 * @param pointer where the reference stood in the resolved descriptor (its target is now there)
 * @param reference the Reference Object as written, {@code $ref} and siblings (read-only)
 * @param location where the {@code $ref} was written; null when unknown
 * @param target the absolute URI it names, fragment included; null when {@code $ref} is not a valid URI reference
 * @param specPosition false when the spec does not allow a reference at this position and it was followed only because
 *     the loader was asked for {@link ReferencePositions#LENIENT} positions
 */
public record ReferenceSite(
    String pointer, JsonNode reference, SourceLocation location, URI target, boolean specPosition) {

  /**
   * Creates a {@code ReferenceSite}; see the class comment for each component.
   *
   * @param pointer where the reference stood in the resolved descriptor (its target is now there)
   * @param reference the Reference Object as written, {@code $ref} and siblings (read-only)
   * @param location where the {@code $ref} was written; null when unknown
   * @param target the absolute URI it names, fragment included; null when {@code $ref} is not a valid URI reference
   * @param specPosition false when the spec does not allow a reference at this position and it was followed only
   *     because the loader was asked for {@link ReferencePositions#LENIENT} positions
   */
  public ReferenceSite {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(reference, "reference");
  }

  /** {@return the {@code $ref} text as written} */
  public String ref() {
    return reference.path("$ref").asText();
  }

  /** {@return where the {@code $ref} was written, when known} */
  public Optional<SourceLocation> sourceLocation() {
    return Optional.ofNullable(location);
  }

  /** {@return the absolute URI the reference names, when it is a valid URI reference} */
  public Optional<URI> targetUri() {
    return Optional.ofNullable(target);
  }
}
