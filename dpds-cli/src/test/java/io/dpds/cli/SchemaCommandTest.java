package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code dpds schema} prints each bundled JSON Schema, valid against the 2020-12 meta-schema. */
class SchemaCommandTest {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void everyKindIsAValidJsonSchemaEndingWithANewline() throws Exception {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String kind : new String[] {"descriptor", "policy", "config"}) {
      assertThat(run("schema", "--kind", kind)).isZero();
      JsonNode schema = new ObjectMapper().readTree(out.toString());
      assertThat(out.toString()).endsWith("}\n");
      assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(meta.validate(schema)).as(kind).isEmpty();
    }
    run("schema");
    assertThat(out.toString()).contains("dataProductDescriptor");
    run("schema", "--kind", "config");
    assertThat(out.toString()).contains("\"failOn\"");
    assertThat(run("schema", "--kind", "openapi")).isEqualTo(2);
    assertThat(err.toString()).contains("descriptor, policy or config");
  }
}
