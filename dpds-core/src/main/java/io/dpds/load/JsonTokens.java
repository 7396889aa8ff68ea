package io.dpds.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The tokens of one JSON document, read one after the other, with where each starts: what {@link JsonReader} builds a
 * tree from. {@link JsonScanner} reads the documents it can read itself; {@link JacksonTokens} reads any other.
 */
interface JsonTokens {

  /** {@return the next token; null after the document's last one} */
  JsonToken next() throws IOException;

  /** {@return the name of the current token, a {@link JsonToken#FIELD_NAME}} */
  String name() throws IOException;

  /** {@return the text of the current token, a {@link JsonToken#VALUE_STRING}} */
  String text() throws IOException;

  /**
   * {@return whether the text or name just read may hold a UTF-16 surrogate, which the reader then checks for one
   * that is not half of a pair}
   */
  default boolean mayHoldSurrogates() {
    return true;
  }

  /**
   * {@return the current token, a number, as a node of its exact value: an integer as an int, long or big integer
   * node, the smallest that holds it; any other number as a big decimal}
   */
  JsonNode number() throws IOException;

  /** {@return where the current token starts: packed by {@link Origins#pack}, or a key deferred by it} */
  long position();

  /** {@return the offset of the current token's first byte in the document; -1 when not known} */
  int offset();
}
