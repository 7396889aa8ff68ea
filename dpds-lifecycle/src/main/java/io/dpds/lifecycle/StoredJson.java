package io.dpds.lifecycle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.dpds.spi.store.StoreException;
import java.io.IOException;
import java.time.Instant;

/**
 * The one codec of everything the lifecycle keeps in its store (stored versions, deployment records, audit entries):
 * Jackson data binding of records and plain fields, instants as ISO-8601 text, unknown fields ignored so that a
 * record written by a later version still reads. Thread-safe.
 */
final class StoredJson {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new SimpleModule("dpds-instants")
          .addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator g, SerializerProvider provider) throws IOException {
              g.writeString(value.toString());
            }
          })
          .addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
              return Instant.parse(p.getValueAsString());
            }
          }))
      .build();

  private StoredJson() {}

  /** {@code value} as JSON bytes. */
  static byte[] write(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("what the lifecycle stores is always JSON: " + value.getClass(), e);
    }
  }

  /**
   * The {@code type} written as {@code bytes}.
   *
   * @param what the value in words, e.g. {@code version 1.2.0 of urn:dpds:acme:dataproducts:trips}
   * @throws StoreException naming {@code what}, where in it and what is wrong, when the bytes are not such a value
   */
  static <T> T read(byte[] bytes, Class<T> type, String what) {
    try {
      return JSON.readValue(bytes, type);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw damaged(what, (at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ": ") + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (IOException | RuntimeException e) {
      throw damaged(what, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
  }

  private static StoreException damaged(String what, String why, Exception cause) {
    return new StoreException("The stored " + what + " cannot be read (" + why + "); the record is damaged: restore"
        + " it from a backup, or remove it", cause);
  }
}
