package io.dpds.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;

/** The tokens of a Jackson parser, positioned by {@link TokenPositions}. */
final class JacksonTokens implements JsonTokens {

  private final JsonParser parser;
  private final TokenPositions positions;

  JacksonTokens(JsonParser parser, TokenPositions positions) {
    this.parser = parser;
    this.positions = positions;
  }

  @Override
  public JsonToken next() throws IOException {
    return parser.nextToken();
  }

  @Override
  public String name() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public JsonNode number() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      return DecimalNode.valueOf(parser.getDecimalValue());
    }
    return switch (parser.getNumberType()) {
      case INT -> IntNode.valueOf(parser.getIntValue());
      case LONG -> LongNode.valueOf(parser.getLongValue());
      default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
    };
  }

  @Override
  public long position() {
    return positions.current();
  }

  @Override
  public int offset() {
    return positions.offset();
  }
}
