package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void aValueInAMessageIsWrittenAsJacksonWritesIt() {
    List<JsonNode> values = List.of(
        NODES.numberNode(0), NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(Long.MAX_VALUE),
        NODES.numberNode(new BigInteger("123456789012345678901234567890")),
        NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(new BigDecimal("0.10")),
        NODES.numberNode(new BigDecimal("-0.0")), NODES.numberNode(new BigDecimal("1.5E-7")),
        NODES.numberNode(1.5), NODES.numberNode(Double.NaN), NODES.numberNode(1e30f),
        NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
        NODES.arrayNode().add(1).add("a"), NODES.objectNode().put("k", 2.5));

    for (JsonNode value : values) {
      assertThat(SchemaCheck.text(value)).as(value.getNodeType() + " " + value.getClass().getSimpleName())
          .isEqualTo(value.toString());
    }
    assertThat(SchemaCheck.text(NODES.textNode("a \"b\""))).as("a text as it is").isEqualTo("a \"b\"");
    assertThat(SchemaCheck.text(null)).isEmpty();
  }
}
