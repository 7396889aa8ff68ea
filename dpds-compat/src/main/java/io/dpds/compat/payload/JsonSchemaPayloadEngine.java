package io.dpds.compat.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dpds.compat.spi.PayloadChanges;
import io.dpds.compat.spi.PayloadEngine;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.report.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON Schema payloads (table b3), drafts 4 to 2020-12 and the AsyncAPI schema object: each schema is read as the set
 * of values it accepts, so that readers of the old schema need the new set to be a subset and writers of the old
 * schema need it to be a superset. Properties are matched by name, {@code anyOf}/{@code oneOf}/{@code allOf} branches
 * by equality then by place; {@code $ref}s are followed (also into other documents) and cycles are cut. A schema
 * written another way that accepts the same values is no change: a minimum length, item or property count of 0, a bound
 * of {@code 3.0} for {@code 3}, {@code items} or {@code additionalProperties} of {@code true}, one subschema wrapped in
 * an {@code allOf}, {@code anyOf} or {@code oneOf} beside annotations alone, a {@code const} for an {@code enum} of one
 * value, a list of types that covers every value, a keyword of a type neither version allows ({@code maxLength} of an
 * integer). A keyword of a type only one version allows changes nothing for the other side: a {@code minimum} added
 * with the {@code number} type narrows no value the old version accepted; where a version lists its values ({@code
 * enum}, {@code const}), a bound moves only what it lets through of them. What cannot be compared as sets (regular
 * expressions, {@code not}, conditionals, unknown keywords) is a warning.
 */
public final class JsonSchemaPayloadEngine implements PayloadEngine {

  private static final List<String> FORMATS = List.of("application/schema+json", "application/schema+yaml",
      "application/vnd.aai.asyncapi", "application/json", "application/yaml", "application/x-yaml", "jsonschema");

  private static final JsonNode ANYTHING = JsonNodeFactory.instance.objectNode();

  @Override
  public String name() {
    return "JSON Schema";
  }

  @Override
  public boolean reads(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    return FORMATS.stream().anyMatch(f::startsWith);
  }

  @Override
  public List<Rule> rules() {
    return JsonSchemaRules.ALL;
  }

  /** {@return {@code {}}, the schema every value satisfies} */
  @Override
  public Optional<JsonNode> anyPayload() {
    return Optional.of(ANYTHING);
  }

  @Override
  public void compare(PayloadSchema old, PayloadSchema now, PayloadChanges changes) {
    new JsonSchemaWalk(changes).schema(old, now, "", "", "");
  }
}
