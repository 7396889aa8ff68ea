package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/** {@code dpds schema} prints each bundled JSON Schema, valid against the 2020-12 meta-schema. */
class SchemaCommandTest {

  final Cli cli = new Cli();


  @Test
  void everyKindIsAValidJsonSchemaEndingWithANewline() throws Exception {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String kind : new String[] {"descriptor", "policy", "config"}) {
      assertThat(cli.run("schema", "--kind", kind)).isZero();
      JsonNode schema = new ObjectMapper().readTree(cli.out());
      assertThat(cli.out()).endsWith("}\n");
      assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(meta.validate(schema)).as(kind).isEmpty();
    }
    cli.run("schema");
    assertThat(cli.out()).contains("dataProductDescriptor");
    cli.run("schema", "--kind", "config");
    assertThat(cli.out()).contains("\"failOn\"");
    assertThat(cli.run("schema", "--kind", "openapi")).isEqualTo(2);
    assertThat(cli.err()).contains("descriptor, policy or config");
  }
}
